using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// Scores a <see cref="FlatDisjunctionQuery"/>: an article matches when any leaf that finds does. One heap holds
/// those leaves by their current article, instead of one heap per level of the tree; the score is worked out only
/// when a collector asks for it, from the leaves on the article up through their groups. Optional leaves (a word's
/// exact-spelling bonus) stay out of the heap and are moved to an article only when it is scored — and, with a
/// <see cref="BonusLimit"/>, only when the bonus could still bring it among the best hits so far.
/// </summary>
internal sealed class FlatDisjunctionScorer : Scorer
{
    private readonly Scorer[] _leaves;
    private readonly int[] _docs;
    private readonly int[] _heap;
    private readonly int[] _optional;
    private readonly Tree _tree;
    private readonly float[] _sum;
    private readonly float[] _max;
    private readonly bool[] _matched;
    private readonly long _cost;
    private readonly BonusLimit? _limit;
    private readonly BestScores? _best;
    private int _size;
    private int _doc = -1;
    private int _scoredDoc = -1;
    private float _score;

    public FlatDisjunctionScorer(Weight weight, Scorer?[] leaves, Tree tree, BonusLimit? limit = null)
        : base(weight)
    {
        _tree = tree;
        _leaves = new Scorer[leaves.Length];
        _docs = new int[leaves.Length];
        _heap = new int[leaves.Length];
        var optional = new List<int>();
        for (var i = 0; i < leaves.Length; i++)
        {
            _docs[i] = NO_MORE_DOCS;
            if (leaves[i] is not { } leaf)
            {
                continue;
            }

            _leaves[i] = leaf;
            _docs[i] = -1;
            if (tree.LeafOptional[i])
            {
                optional.Add(i);
            }
            else
            {
                _heap[_size++] = i;
                _cost += leaf.GetCost();
            }
        }

        _optional = [.. optional];
        _limit = _optional.Length > 0 ? limit : null;
        _best = _limit is { } known ? new BestScores(known.Window) : null;
        var groups = tree.GroupParent.Length;
        _sum = new float[groups];
        _max = new float[groups];
        _matched = new bool[groups];
    }

    public override int DocID => _doc;

    public override int NextDoc()
    {
        while (_size > 0 && _docs[_heap[0]] == _doc)
        {
            Replace(_leaves[_heap[0]].NextDoc());
        }

        return _doc = _size > 0 ? _docs[_heap[0]] : NO_MORE_DOCS;
    }

    public override int Advance(int target)
    {
        while (_size > 0 && _docs[_heap[0]] < target)
        {
            Replace(_leaves[_heap[0]].Advance(target));
        }

        return _doc = _size > 0 ? _docs[_heap[0]] : NO_MORE_DOCS;
    }

    /// <summary>The top leaf moved to <paramref name="doc"/>: it sinks to its place, or leaves when exhausted.</summary>
    private void Replace(int doc)
    {
        var leaf = _heap[0];
        _docs[leaf] = doc;
        if (doc == NO_MORE_DOCS)
        {
            leaf = _heap[0] = _heap[--_size];
            doc = _docs[leaf];
        }

        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _size)
            {
                break;
            }

            if (child + 1 < _size && _docs[_heap[child + 1]] < _docs[_heap[child]])
            {
                child++;
            }

            if (_docs[_heap[child]] >= doc)
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        if (_size > 0)
        {
            _heap[i] = leaf;
        }
    }

    public override int Freq
    {
        get
        {
            var count = CountFrom(0);
            foreach (var leaf in _optional)
            {
                count += OnCurrentDoc(leaf) ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The leaves on the current article are the top of the heap: root and every child that shares its article.</summary>
    private int CountFrom(int i) =>
        i >= _size || _docs[_heap[i]] != _doc ? 0 : 1 + CountFrom((2 * i) + 1) + CountFrom((2 * i) + 2);

    /// <summary>Moves an optional leaf up to the current article; whether it is on it.</summary>
    private bool OnCurrentDoc(int leaf)
    {
        if (_docs[leaf] < _doc)
        {
            _docs[leaf] = _leaves[leaf].Advance(_doc);
        }

        return _docs[leaf] == _doc;
    }

    public override float GetScore()
    {
        if (_scoredDoc != _doc)
        {
            _score = _best is null ? Score() : ScoreWithinLimit();
            _scoredDoc = _doc;
        }

        return _score;
    }

    private float Score()
    {
        AddLeavesFrom(0);
        AddOptionalLeaves();
        return FinishTree();
    }

    /// <summary>
    /// The score when the word is the whole query and only the best <see cref="BonusLimit.Window"/> hits are kept:
    /// an article whose score without the bonus stays below the lowest of the best so far even with the most the
    /// bonus can add is not among them, whatever its bonus, so the bonus is not read for it. Its score is then
    /// lower than the full one, and the article is still counted. The root sums the word and its bonus, so the
    /// two parts add up to the same score (<c>A_single_words_best_hits_score_as_with_every_bonus_read</c>).
    /// </summary>
    private float ScoreWithinLimit()
    {
        AddLeavesFrom(0);
        var word = FinishTree();
        if (_best!.IsFull && word + _limit!.Value.Most < _best.Lowest)
        {
            return word;
        }

        var score = AddOptionalLeaves() ? word + FinishTree() : word;
        _best.Offer(score);
        return score;
    }

    /// <summary>Adds the optional leaves on the current article to their groups; whether any was.</summary>
    private bool AddOptionalLeaves()
    {
        var any = false;
        foreach (var leaf in _optional)
        {
            if (OnCurrentDoc(leaf))
            {
                Add(_tree.LeafGroup[leaf], _leaves[leaf].GetScore());
                any = true;
            }
        }

        return any;
    }

    /// <summary>Adds every matched group to its parent, from the last group up; the root's score. Resets the groups.</summary>
    private float FinishTree()
    {
        for (var group = _sum.Length - 1; group > 0; group--)
        {
            if (_matched[group])
            {
                Add(_tree.GroupParent[group], Finish(group));
            }
        }

        return Finish(0);
    }

    private void AddLeavesFrom(int i)
    {
        if (i >= _size || _docs[_heap[i]] != _doc)
        {
            return;
        }

        var leaf = _heap[i];
        Add(_tree.LeafGroup[leaf], _leaves[leaf].GetScore());
        AddLeavesFrom((2 * i) + 1);
        AddLeavesFrom((2 * i) + 2);
    }

    private void Add(int group, float score)
    {
        _max[group] = _matched[group] ? Math.Max(_max[group], score) : score;
        _sum[group] = _matched[group] ? _sum[group] + score : score;
        _matched[group] = true;
    }

    /// <summary>BooleanScorer2 over optional clauses: their sum; DisjunctionMaxScorer: max + (sum − max) × tie. Resets the group.</summary>
    private float Finish(int group)
    {
        var tie = _tree.GroupTie[group];
        var score = !_matched[group] ? 0 : float.IsNaN(tie) ? _sum[group] : _max[group] + ((_sum[group] - _max[group]) * tie);
        _matched[group] = false;
        return score;
    }

    public override long GetCost() => _cost;

    public override ICollection<ChildScorer> GetChildren() =>
        [.. _leaves.OfType<Scorer>().Select(s => new ChildScorer(s, "SHOULD"))];

    /// <summary>
    /// The shape of the tree: each leaf's group and whether it is optional (it scores, it finds nothing), each
    /// group's parent (−1 for the root, group 0) and tie-breaker (NaN for a sum).
    /// </summary>
    internal sealed record Tree(int[] LeafGroup, int[] GroupParent, float[] GroupTie, bool[] LeafOptional);

    /// <summary>The most the optional leaves add to a score, and how many of the best hits are kept.</summary>
    internal readonly record struct BonusLimit(float Most, int Window);

    /// <summary>The best scores so far, as a min-heap of at most a window's size.</summary>
    private sealed class BestScores(int window)
    {
        private readonly float[] _heap = new float[window];
        private int _count;

        public bool IsFull => _count == _heap.Length;

        public float Lowest => _heap[0];

        public void Offer(float score)
        {
            if (_count < _heap.Length)
            {
                var i = _count++;
                while (i > 0 && _heap[(i - 1) / 2] > score)
                {
                    _heap[i] = _heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }

                _heap[i] = score;
                return;
            }

            if (score <= _heap[0])
            {
                return;
            }

            var at = 0;
            while (true)
            {
                var child = (2 * at) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && _heap[child + 1] < _heap[child])
                {
                    child++;
                }

                if (_heap[child] >= score)
                {
                    break;
                }

                _heap[at] = _heap[child];
                at = child;
            }

            _heap[at] = score;
        }
    }
}
