using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>The ways the compiler joins clauses: all of them, any of them, and one clause without its wrapper.</summary>
internal static class BooleanClauses
{
    /// <summary>Every clause must match; null when there is none.</summary>
    public static Query? All(IEnumerable<Query?> clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses.OfType<Query>())
        {
            query.Add(clause, Occur.MUST);
        }

        return query.Clauses.Count == 0 ? null : Unwrapped(query);
    }

    /// <summary>
    /// A boolean query of one clause is that clause, its boost folded in. Lucene rewrites it the same way, but when
    /// the clause is itself such a wrapper it sets the boost on the inner query in place, so a compiled query
    /// searched twice counted its synonyms' weights twice (<c>Scores_with_cached_field_statistics_equal_the_scores_without</c>).
    /// </summary>
    public static Query Unwrapped(BooleanQuery query)
    {
        if (query.Clauses.Count != 1 || query.Clauses[0].Occur == Occur.MUST_NOT || query.MinimumNumberShouldMatch > 0)
        {
            return query;
        }

        var only = query.Clauses[0].Query;
        only.Boost *= query.Boost;
        return only;
    }

    /// <summary>At least one clause must match.</summary>
    public static Query Any(IEnumerable<Query> clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            query.Add(clause, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = 1;
        return query;
    }
}
