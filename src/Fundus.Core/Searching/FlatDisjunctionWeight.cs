using Lucene.Net.Index;
using Lucene.Net.Search;
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
    private readonly List<int> _leafGroup = [];
    private readonly List<DisjunctionGroup> _groups = [];
    private readonly List<int> _groupParent = [];
    private (float Norm, float TopLevelBoost) _normalization = (1f, 1f);

    public FlatDisjunctionWeight(FlatDisjunctionQuery query, IndexSearcher searcher)
    {
        _query = query;
        _searcher = searcher;
        AddGroup(query.Root, parent: -1);
        Shape = new FlatDisjunctionScorer.Tree(
            [.. _leafGroup], [.. _groupParent], [.. _groups.Select(g => g.TieBreaker ?? float.NaN)]);
    }

    public override Query Query => _query;

    internal FlatDisjunctionScorer.Tree Shape { get; }

    private void AddGroup(DisjunctionGroup group, int parent)
    {
        var id = _groups.Count;
        _groups.Add(group);
        _groupParent.Add(parent);
        foreach (var child in group.Children)
        {
            if (child is DisjunctionGroup inner)
            {
                AddGroup(inner, id);
            }
            else
            {
                _leafGroup.Add(id);
                _leaves.Add(((DisjunctionLeaf)child).Query.CreateWeight(_searcher));
            }
        }
    }

    /// <summary>BooleanWeight: the sum of the clauses'; DisjunctionMaxWeight: the max plus the tie-broken rest; times boost².</summary>
    public override float GetValueForNormalization()
    {
        var sum = new float[_groups.Count];
        var max = new float[_groups.Count];
        for (var leaf = 0; leaf < _leaves.Count; leaf++)
        {
            AddValue(_leafGroup[leaf], _leaves[leaf].GetValueForNormalization());
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
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        var scorers = _leaves.Select(w => w.GetScorer(context, acceptDocs)).ToArray();
        return scorers.Any(s => s is not null) ? new FlatDisjunctionScorer(this, scorers, Shape) : null;
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
