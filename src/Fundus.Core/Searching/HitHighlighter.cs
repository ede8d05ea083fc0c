using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// Marks the words of a teaser that matched the query with <c>&lt;mark&gt;</c>. The text is HTML-escaped first and
/// the tags inserted after, so a teaser containing <c>&lt;script&gt;</c> comes back inert. A teaser without a match
/// comes back escaped and unmarked.
/// </summary>
internal sealed class HitHighlighter(Analyzer analyzer)
{
    private static readonly IEncoder Encoder = MinimalHtmlEncoder.Instance;

    public string Highlight(Query query, string field, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryScorer(query, field))
        {
            // Teasers are short: mark the whole text rather than cutting it into fragments.
            TextFragmenter = new NullFragmenter(),
        };
        try
        {
            return highlighter.GetBestFragment(analyzer, field, text) ?? Encoder.EncodeText(text);
        }
        catch (InvalidTokenOffsetsException)
        {
            return Encoder.EncodeText(text);
        }
    }
}
