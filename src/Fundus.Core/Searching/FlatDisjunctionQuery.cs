using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// A tree of disjunctions — boolean queries of optional clauses and dis-max queries, as a German word's
/// alternatives are compiled: <c>Bild</c> → (bild in authors | title | teaser | text) or (abbildung in title |
/// teaser | text) or … — scored by one scorer instead of one heap per level. It matches and scores every article
/// as the nested query does (test <c>Flattened_disjunctions_find_and_score_every_article_as_the_nested_query</c>);
/// what it saves is the work between the levels, which in Lucene.NET 4.8 cost more per matching article than
/// reading the postings (docs/benchmarks.md). Its explanation is the nested query's.
/// </summary>
internal sealed class FlatDisjunctionQuery : Query
{
    private FlatDisjunctionQuery(Query nested, DisjunctionGroup root)
    {
        Nested = nested;
        Root = root;
    }

    /// <summary>The query as compiled: what explanations, term extraction and printing use.</summary>
    public Query Nested { get; }

    internal DisjunctionGroup Root { get; }

    /// <summary>
    /// The same query with each disjunction tree that is a required clause of a conjunction (a word of a query of
    /// several words) replaced by one flat disjunction, and every disjunction inside it too. Elsewhere Lucene's own
    /// scorers stay: a disjunction at the top is scored by BooleanScorer in windows of documents, out of order,
    /// which no heap beats for a single word with many matches. Call it on a rewritten query.
    /// </summary>
    public static Query Flatten(Query query) => Flatten(query, inConjunction: false);

    private static Query Flatten(Query query, bool inConjunction)
    {
        if (inConjunction && GroupOf(query) is { LeafCount: >= 2 } group)
        {
            return new FlatDisjunctionQuery(query, group);
        }

        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var conjunction = boolean.Clauses.Count(c => c.Occur == Occur.MUST) >= 2;
        var flattened = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            flattened.Add(Flatten(clause.Query, inConjunction || (conjunction && clause.Occur == Occur.MUST)), clause.Occur);
        }

        return flattened;
    }

    /// <summary>
    /// A query that matches when any of its clauses matches and scores their sum (optional clauses without coord)
    /// or their dis-max; null for anything else.
    /// </summary>
    private static DisjunctionGroup? GroupOf(Query query) => query switch
    {
        BooleanQuery boolean when boolean.CoordDisabled && boolean.MinimumNumberShouldMatch <= 1 && boolean.Clauses.Count > 0
            && boolean.Clauses.All(c => c.Occur == Occur.SHOULD) =>
            new DisjunctionGroup(TieBreaker: null, boolean.Boost, [.. boolean.Clauses.Select(c => PartOf(c.Query))]),
        DisjunctionMaxQuery disMax when disMax.Disjuncts.Count > 0 =>
            new DisjunctionGroup(disMax.TieBreakerMultiplier, disMax.Boost, [.. disMax.Disjuncts.Select(PartOf)]),
        _ => null,
    };

    private static DisjunctionPart PartOf(Query query) => GroupOf(query) ?? (DisjunctionPart)new DisjunctionLeaf(Flatten(query, inConjunction: true));

    public override Weight CreateWeight(IndexSearcher searcher) => new FlatDisjunctionWeight(this, searcher);

    public override Query Rewrite(IndexReader reader) => this;

    public override void ExtractTerms(ISet<Term> terms) => Nested.ExtractTerms(terms);

    public override string ToString(string field) => Nested.ToString(field);

    public override bool Equals(object? obj) => obj is FlatDisjunctionQuery other && Nested.Equals(other.Nested);

    public override int GetHashCode() => Nested.GetHashCode() ^ 0x5f1a7;
}

/// <summary>A node of a <see cref="FlatDisjunctionQuery"/>: a group of alternatives or a query scored on its own.</summary>
internal abstract record DisjunctionPart
{
    public abstract int LeafCount { get; }
}

/// <summary>Alternatives scored as their sum, or as dis-max when <paramref name="TieBreaker"/> is set.</summary>
internal sealed record DisjunctionGroup(float? TieBreaker, float Boost, IReadOnlyList<DisjunctionPart> Children) : DisjunctionPart
{
    public override int LeafCount { get; } = Children.Sum(c => c.LeafCount);
}

/// <summary>A query with its own scorer: a term, or a conjunction such as all parts of a compound.</summary>
internal sealed record DisjunctionLeaf(Query Query) : DisjunctionPart
{
    public override int LeafCount => 1;
}
