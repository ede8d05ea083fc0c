using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// Marks the words of one query in the texts of its hits (<see cref="HitHighlighter.For"/>): reads each text
/// twice, as analyzed terms and as written, joins the marked stretches of both, escapes the text and inserts the
/// tags after.
/// </summary>
internal sealed class QueryMarks(MarkReading analyzed, MarkReading surface)
{
    private static readonly IEncoder Encoder = MinimalHtmlEncoder.Instance;

    /// <summary><paramref name="text"/>, HTML-escaped, with every matched word in <c>&lt;mark&gt;</c>.</summary>
    public string Highlight(string text)
    {
        var marked = new List<(int Start, int End)>();
        analyzed.Collect(text, marked);
        surface.Collect(text, marked);
        return Render(text, marked);
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
}
