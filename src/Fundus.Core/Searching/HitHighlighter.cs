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
    private static readonly IEncoder Encoder = MinimalHtmlEncoder.Instance;

    /// <summary>
    /// Marks <paramref name="text"/> of <paramref name="field"/>. <paramref name="query"/> is the query rewritten
    /// against the index (fuzzy words already expanded into index terms, so no automaton is built per hit);
    /// <paramref name="prefixes"/> are its prefix words, which the rewrite turned into a filter without terms and
    /// which are cheap to expand again over one teaser.
    /// </summary>
    public string Highlight(Query query, IReadOnlyList<Query> prefixes, string field, string text)
    {
        var marked = new List<(int Start, int End)>();
        Collect(query, field, text, marked);
        var surface = query;
        if (prefixes.Count > 0)
        {
            var withPrefixes = new BooleanQuery { { query, Occur.SHOULD } };
            foreach (var prefix in prefixes)
            {
                withPrefixes.Add(prefix, Occur.SHOULD);
            }

            surface = withPrefixes;
        }

        Collect(surface, IndexFieldNames.Surface(field), text, marked);
        return Render(text, marked);
    }

    /// <summary>The prefix words of a compiled query (<c>Digital*</c>), found through its Boolean and max clauses.</summary>
    public static IReadOnlyList<Query> Prefixes(Query compiled)
    {
        var found = new List<Query>();
        var pending = new Stack<Query>([compiled]);
        while (pending.Count > 0 && found.Count < 64)
        {
            switch (pending.Pop())
            {
                case PrefixQuery prefix:
                    found.Add(prefix);
                    break;
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
            }
        }

        return found;
    }

    private void Collect(Query query, string field, string text, List<(int Start, int End)> marked)
    {
        var recorder = new MarkRecorder(marked);
        var highlighter = new Highlighter(recorder, new QueryScorer(query, field))
        {
            // Teasers are short: read the whole text rather than cutting it into fragments.
            TextFragmenter = new NullFragmenter(),
        };
        try
        {
            highlighter.GetBestFragment(analyzer, field, text);
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets beyond the text: mark nothing from this reading rather than something wrong.
        }
    }

    private static string Render(string text, List<(int Start, int End)> marked)
    {
        if (marked.Count == 0)
        {
            return Encoder.EncodeText(text);
        }

        var output = new System.Text.StringBuilder(text.Length + (marked.Count * 13));
        var at = 0;
        foreach (var (start, end) in Merge(marked))
        {
            output.Append(Encoder.EncodeText(text[at..start])).Append("<mark>").Append(Encoder.EncodeText(text[start..end])).Append("</mark>");
            at = end;
        }

        return output.Append(Encoder.EncodeText(text[at..])).ToString();
    }

    /// <summary>Overlapping or touching stretches become one, so a phrase is one mark, not two adjacent ones.</summary>
    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> marked)
    {
        marked.Sort();
        var (start, end) = marked[0];
        foreach (var (nextStart, nextEnd) in marked.Skip(1))
        {
            if (nextStart <= end)
            {
                end = Math.Max(end, nextEnd);
                continue;
            }

            yield return (start, end);
            (start, end) = (nextStart, nextEnd);
        }

        yield return (start, end);
    }

    /// <summary>A formatter that writes nothing and remembers the offsets of every scored token group.</summary>
    private sealed class MarkRecorder(List<(int Start, int End)> marked) : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                marked.Add((tokenGroup.StartOffset, tokenGroup.EndOffset));
            }

            return originalText;
        }
    }
}
