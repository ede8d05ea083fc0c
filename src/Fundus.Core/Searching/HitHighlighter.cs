using Fundus.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// Marks the words of a teaser that matched the query with <c>&lt;mark&gt;</c>. Words match in two ways, so the
/// teaser is read twice: as analyzed terms (word forms, compound parts: <c>Städten</c> marks <c>Stadt</c>) and as
/// written (phrases and prefixes: <c>"Künstliche Intelligenz"</c>, <c>Digital*</c>); the marked stretches of both
/// are joined. The text is HTML-escaped first and the tags inserted after, so a teaser containing
/// <c>&lt;script&gt;</c> comes back inert. A teaser without a match comes back escaped and unmarked.
/// </summary>
internal sealed class HitHighlighter(Analyzer analyzer)
{
    /// <summary>
    /// Prepares the marking of hits for <paramref name="query"/>, the query rewritten against the index (fuzzy
    /// words already expanded into index terms, so no automaton is built per hit); <paramref name="prefixes"/> are
    /// its prefix words, which the rewrite turned into a filter without terms and which are cheap to expand again
    /// over one teaser.
    /// </summary>
    public QueryMarks For(Query query, IReadOnlyList<Query> prefixes, string field)
    {
        var surface = WithPrefixes(query, prefixes);
        return new QueryMarks(ReadingFor(query, field), ReadingFor(surface, IndexFieldNames.Surface(field)));
    }

    /// <summary>What a text is marked for as written: the query and its prefix words.</summary>
    internal static Query WithPrefixes(Query query, IReadOnlyList<Query> prefixes)
    {
        if (prefixes.Count == 0)
        {
            return query;
        }

        var withPrefixes = new BooleanQuery { { query, Occur.SHOULD } };
        foreach (var prefix in prefixes)
        {
            withPrefixes.Add(prefix, Occur.SHOULD);
        }

        return withPrefixes;
    }

    /// <summary>The prefix words of a compiled query (<c>Digital*</c>), found through its Boolean and max clauses.</summary>
    public static IReadOnlyList<Query> Prefixes(Query compiled) => [.. Leaves(compiled).OfType<PrefixQuery>().Take(64)];

    /// <summary>The queries a query is made of below its Boolean and max clauses, without the excluded ones.</summary>
    internal static IEnumerable<Query> Leaves(Query query)
    {
        var pending = new Stack<Query>([query]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    {
                        pending.Push(clause.Query);
                    }

                    break;
                case DisjunctionMaxQuery max:
                    foreach (var disjunct in max.Disjuncts)
                    {
                        pending.Push(disjunct);
                    }

                    break;
                case var leaf:
                    yield return leaf;
                    break;
            }
        }
    }

    /// <summary>
    /// How the words of <paramref name="field"/> that match <paramref name="query"/> are found in one text: by the
    /// query's <see cref="MarkPlan"/>, or, for what a plan cannot say, by Lucene's highlighter reading the query
    /// per hit (<c>Highlighting_marks_the_same_words_as_Lucenes_highlighter</c>).
    /// </summary>
    private MarkReading ReadingFor(Query query, string field) =>
        MarkPlan.For(query, field) is { } plan
            ? new PlannedReading(analyzer, field, plan)
            : new ScorerReading(analyzer, field, () => new QueryScorer(query, field));
}
