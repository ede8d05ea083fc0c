using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// A tree of disjunctions — boolean queries of optional clauses and dis-max queries, as a German word's
/// alternatives are compiled: <c>Bild</c> → (bild in authors | title | teaser | text) or (abbildung in title |
/// teaser | text) or … — scored by one scorer instead of one heap per level. It matches and scores every article
/// as the nested query does (test <c>Flattened_disjunctions_find_and_score_every_article_as_the_nested_query</c>);
/// what it saves is the work between the levels, which in Lucene.NET 4.8 cost more per matching article than
/// reading the postings (docs/benchmarks.md). A word's exact-spelling bonus joins its tree as optional leaves,
/// which only score. Its explanation is the nested query's.
/// </summary>
internal sealed class FlatDisjunctionQuery : Query
{
    private FlatDisjunctionQuery(Query nested, DisjunctionGroup root, int rankedWindow = 0)
    {
        Nested = nested;
        Root = root;
        RankedWindow = rankedWindow;
    }

    /// <summary>The query as compiled: what explanations, term extraction and printing use.</summary>
    public Query Nested { get; }

    internal DisjunctionGroup Root { get; }

    /// <summary>
    /// How many of the best-scored hits are kept, when this query's score ranks them; 0 when every score counts.
    /// The scorer then leaves out the bonus of an article it cannot lift among them (<see cref="FlatDisjunctionScorer"/>).
    /// </summary>
    public int RankedWindow { get; }

    /// <summary>
    /// The same query with each disjunction tree that is a required clause of a conjunction (a word of a query of
    /// several words) replaced by one flat disjunction, and every disjunction inside it too; a word with its
    /// exact-spelling bonus becomes one such tree, in a conjunction and at the top. Elsewhere Lucene's own scorers
    /// stay: a disjunction at the top is scored by BooleanScorer in windows of documents, out of order, which no
    /// heap beats for a single word with many matches. Call it on a rewritten query.
    /// </summary>
    /// <param name="query">The rewritten query.</param>
    /// <param name="rankedWindow">
    /// When the hits are ranked by score and the best this many are kept (page × size): a single word at the top
    /// then scores its bonus only where the bonus could still bring an article among them. Its score is the
    /// article's: filters add nothing to it. 0 when the hits are sorted by something else and every score is shown.
    /// </param>
    public static Query Flatten(Query query, int rankedWindow = 0) =>
        WithBonus(query) is { } word ? new FlatDisjunctionQuery(query, word, rankedWindow) : Flatten(query, inConjunction: false);

    private static Query Flatten(Query query, bool inConjunction)
    {
        if (inConjunction && GroupOf(query) is { LeafCount: >= 2 } group)
        {
            return new FlatDisjunctionQuery(query, group);
        }

        if (inConjunction && WithBonus(query) is { } word)
        {
            return new FlatDisjunctionQuery(query, word);
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

    /// <summary>
    /// A word and its bonus: a boolean query of one required clause, its alternatives, and optional ones, the
    /// exact spelling. One group sums them, as the boolean query does; the optional leaves only score the articles
    /// the required ones find, so they never move through a conjunction. Null for anything else.
    /// </summary>
    private static DisjunctionGroup? WithBonus(Query query)
    {
        if (query is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } boolean
            || boolean.Clauses.Count(c => c.Occur == Occur.MUST) != 1
            || boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT)
            || !boolean.Clauses.Any(c => c.Occur == Occur.SHOULD))
        {
            return null;
        }

        var required = PartOf(boolean.Clauses.First(c => c.Occur == Occur.MUST).Query);
        var optional = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => PartOf(c.Query) switch
        {
            DisjunctionGroup group => group with { Optional = true },
            var leaf => new DisjunctionGroup(TieBreaker: null, Boost: 1f, [leaf]) { Optional = true },
        });
        return new DisjunctionGroup(TieBreaker: null, boolean.Boost, [required, .. optional]);
    }

    private static DisjunctionPart PartOf(Query query) =>
        GroupOf(query) ?? (DisjunctionPart)new DisjunctionLeaf(Flatten(query, inConjunction: true));

    public override Weight CreateWeight(IndexSearcher searcher) => new FlatDisjunctionWeight(this, searcher);

    public override Query Rewrite(IndexReader reader) => this;

    public override void ExtractTerms(ISet<Term> terms) => Nested.ExtractTerms(terms);

    public override string ToString(string field) => Nested.ToString(field);

    public override bool Equals(object? obj) => obj is FlatDisjunctionQuery other && Nested.Equals(other.Nested) && RankedWindow == other.RankedWindow;

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

    /// <summary>Its leaves add to the score of an article the others found; they find none themselves.</summary>
    public bool Optional { get; init; }
}

/// <summary>A query with its own scorer: a term, or a conjunction such as all parts of a compound.</summary>
internal sealed record DisjunctionLeaf(Query Query) : DisjunctionPart
{
    public override int LeafCount => 1;
}
