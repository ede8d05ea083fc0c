using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// Scores a <see cref="FlatDisjunctionQuery"/>: an article matches when any leaf does. One heap holds every leaf
/// by its current article, instead of one heap per level of the tree; the score is worked out only when a
/// collector asks for it, from the leaves on the article up through their groups.
/// </summary>
internal sealed class FlatDisjunctionScorer : Scorer
{
    private readonly Scorer[] _leaves;
    private readonly int[] _docs;
    private readonly int[] _heap;
    private readonly Tree _tree;
    private readonly float[] _sum;
    private readonly float[] _max;
    private readonly bool[] _matched;
    private readonly long _cost;
    private int _size;
    private int _doc = -1;
    private int _scoredDoc = -1;
    private float _score;

    public FlatDisjunctionScorer(Weight weight, Scorer?[] leaves, Tree tree)
        : base(weight)
    {
        _tree = tree;
        _leaves = new Scorer[leaves.Length];
        _docs = new int[leaves.Length];
        _heap = new int[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            _docs[i] = NO_MORE_DOCS;
            if (leaves[i] is { } leaf)
            {
                _leaves[i] = leaf;
                _docs[i] = -1;
                _heap[_size++] = i;
                _cost += leaf.GetCost();
            }
        }

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

    public override int Freq => CountFrom(0);

    /// <summary>The leaves on the current article are the top of the heap: root and every child that shares its article.</summary>
    private int CountFrom(int i) =>
        i >= _size || _docs[_heap[i]] != _doc ? 0 : 1 + CountFrom((2 * i) + 1) + CountFrom((2 * i) + 2);

    public override float GetScore()
    {
        if (_scoredDoc != _doc)
        {
            AddLeavesFrom(0);
            for (var group = _sum.Length - 1; group > 0; group--)
            {
                if (_matched[group])
                {
                    Add(_tree.GroupParent[group], Finish(group));
                }
            }

            _score = Finish(0);
            _scoredDoc = _doc;
        }

        return _score;
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
    /// The shape of the tree: each leaf's group, each group's parent (−1 for the root, group 0) and tie-breaker
    /// (NaN for a sum).
    /// </summary>
    internal sealed record Tree(int[] LeafGroup, int[] GroupParent, float[] GroupTie);
}
