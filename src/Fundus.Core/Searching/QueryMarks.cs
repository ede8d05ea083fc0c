using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// Marks the words of one query in the texts of its hits (<see cref="HitHighlighter.For"/>): reads each text
/// twice, as analyzed terms and as written, joins the marked stretches of both, escapes the text and inserts the
/// tags after.
/// </summary>
internal sealed class QueryMarks(Analyzer analyzer, string field, Func<IScorer> analyzed, Func<IScorer> surface)
{
    private static readonly IEncoder Encoder = MinimalHtmlEncoder.Instance;

    private readonly string _surfaceField = Indexing.IndexFieldNames.Surface(field);

    /// <summary><paramref name="text"/>, HTML-escaped, with every matched word in <c>&lt;mark&gt;</c>.</summary>
    public string Highlight(string text)
    {
        var marked = new List<(int Start, int End)>();
        Collect(analyzed(), field, text, marked);
        Collect(surface(), _surfaceField, text, marked);
        return Render(text, marked);
    }

    private void Collect(IScorer scorer, string readAs, string text, List<(int Start, int End)> marked)
    {
        var highlighter = new Highlighter(new MarkRecorder(marked), scorer)
        {
            // Teasers are short: read the whole text rather than cutting it into fragments.
            TextFragmenter = new NullFragmenter(),
        };
        try
        {
            highlighter.GetBestFragment(analyzer, readAs, text);
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
