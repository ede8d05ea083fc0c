using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Fundus.Searching;

/// <summary>
/// The weight of a <see cref="FlatDisjunctionQuery"/>: the weights of its leaves, normalized exactly as the
/// nested boolean and dis-max weights normalize theirs, so every leaf scores as it would in the nested query.
/// The tree is kept as arrays: group 0 is the root and every group's parent has a smaller number.
/// </summary>
internal sealed class FlatDisjunctionWeight : Weight
{
    private readonly FlatDisjunctionQuery _query;
    private readonly IndexSearcher _searcher;
    private readonly List<Weight> _leaves = [];
    private readonly List<Query> _leafQueries = [];
    private readonly List<int> _leafGroup = [];
    private readonly List<bool> _leafOptional = [];
    private readonly List<DisjunctionGroup> _groups = [];
    private readonly List<int> _groupParent = [];
    private float[] _leafValues = [];
    private (float Norm, float TopLevelBoost) _normalization = (1f, 1f);
    private FlatDisjunctionScorer.BonusLimit? _bonusLimit;

    public FlatDisjunctionWeight(FlatDisjunctionQuery query, IndexSearcher searcher)
    {
        _query = query;
        _searcher = searcher;
        AddGroup(query.Root, parent: -1, optional: false);
        Shape = new FlatDisjunctionScorer.Tree(
            [.. _leafGroup], [.. _groupParent], [.. _groups.Select(g => g.TieBreaker ?? float.NaN)], [.. _leafOptional]);
    }

    public override Query Query => _query;

    internal FlatDisjunctionScorer.Tree Shape { get; }

    private void AddGroup(DisjunctionGroup group, int parent, bool optional)
    {
        var id = _groups.Count;
        _groups.Add(group);
        _groupParent.Add(parent);
        optional |= group.Optional;
        foreach (var child in group.Children)
        {
            if (child is DisjunctionGroup inner)
            {
                AddGroup(inner, id, optional);
            }
            else
            {
                var leaf = ((DisjunctionLeaf)child).Query;
                _leafGroup.Add(id);
                _leafOptional.Add(optional);
                _leafQueries.Add(leaf);
                _leaves.Add(leaf.CreateWeight(_searcher));
            }
        }
    }

    /// <summary>BooleanWeight: the sum of the clauses'; DisjunctionMaxWeight: the max plus the tie-broken rest; times boost².</summary>
    public override float GetValueForNormalization()
    {
        _leafValues = [.. _leaves.Select(w => w.GetValueForNormalization())];
        var sum = new float[_groups.Count];
        var max = new float[_groups.Count];
        for (var leaf = 0; leaf < _leaves.Count; leaf++)
        {
            AddValue(_leafGroup[leaf], _leafValues[leaf]);
        }

        // Children have larger numbers than their parents: finishing from the last group up reaches each parent complete.
        for (var group = _groups.Count - 1; group > 0; group--)
        {
            AddValue(_groupParent[group], ValueOf(group));
        }

        return ValueOf(0);

        void AddValue(int group, float value)
        {
            sum[group] += value;
            max[group] = Math.Max(max[group], value);
        }

        float ValueOf(int group)
        {
            var own = _groups[group].TieBreaker is { } tie ? ((sum[group] - max[group]) * tie * tie) + max[group] : sum[group];
            return own * _groups[group].Boost * _groups[group].Boost;
        }
    }

    public override void Normalize(float norm, float topLevelBoost)
    {
        _normalization = (norm, topLevelBoost);
        var boosts = new float[_groups.Count];
        for (var group = 0; group < _groups.Count; group++)
        {
            boosts[group] = (group == 0 ? topLevelBoost : boosts[_groupParent[group]]) * _groups[group].Boost;
        }

        for (var leaf = 0; leaf < _leaves.Count; leaf++)
        {
            _leaves[leaf].Normalize(norm, boosts[_leafGroup[leaf]]);
        }

        _bonusLimit = _query.RankedWindow > 0 ? BonusLimit(boosts) : null;
    }

    /// <summary>
    /// The most the optional leaves can add to an article's score, when every one of them is a term scored by BM25:
    /// a term scores at most its weight (idf × boosts) times k1 + 1, however often it occurs; groups add or dis-max
    /// these as they add or dis-max scores. Null when a leaf is not such a term, and the bonus is then always scored.
    /// </summary>
    private FlatDisjunctionScorer.BonusLimit? BonusLimit(float[] boosts)
    {
        if (_searcher.Similarity is not BM25Similarity bm25 || !_leafOptional.Contains(true) || _leafValues.Length != _leaves.Count)
        {
            return null;
        }

        var sum = new double[_groups.Count];
        var max = new double[_groups.Count];
        for (var leaf = 0; leaf < _leaves.Count; leaf++)
        {
            if (!_leafOptional[leaf])
            {
                continue;
            }

            if (_leafQueries[leaf] is not TermQuery)
            {
                return null;
            }

            // BM25's value for normalization is (idf × the term's boost)²; normalizing multiplies in the groups' boosts.
            var most = Math.Sqrt(_leafValues[leaf]) * boosts[_leafGroup[leaf]] * (bm25.K1 + 1);
            sum[_leafGroup[leaf]] += most;
            max[_leafGroup[leaf]] = Math.Max(max[_leafGroup[leaf]], most);
        }

        double bonus = 0;
        for (var group = _groups.Count - 1; group > 0; group--)
        {
            var most = _groups[group].TieBreaker is { } tie ? max[group] + ((sum[group] - max[group]) * tie) : sum[group];
            if (_groupParent[group] == 0)
            {
                bonus += _groups[group].Optional ? most : 0;
                continue;
            }

            sum[_groupParent[group]] += most;
            max[_groupParent[group]] = Math.Max(max[_groupParent[group]], most);
        }

        // A margin for the rounding of single-precision scores.
        return new FlatDisjunctionScorer.BonusLimit((float)((bonus * 1.001) + 1e-6), _query.RankedWindow);
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        var scorers = _leaves.Select(w => w.GetScorer(context, acceptDocs)).ToArray();

        // Only a leaf that finds can make an article match: a segment with nothing but bonus terms has no hit.
        var finds = false;
        for (var leaf = 0; leaf < scorers.Length && !finds; leaf++)
        {
            finds = scorers[leaf] is not null && !_leafOptional[leaf];
        }

        return finds ? new FlatDisjunctionScorer(this, scorers, Shape, _bonusLimit) : null;
    }

    /// <summary>The nested query's explanation, normalized as this weight was: it names every level of the tree.</summary>
    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var nested = _query.Nested.CreateWeight(_searcher);
        nested.GetValueForNormalization();
        nested.Normalize(_normalization.Norm, _normalization.TopLevelBoost);
        return nested.Explain(context, doc);
    }
}
