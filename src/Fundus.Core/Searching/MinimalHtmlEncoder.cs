using System.Text;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// Escapes exactly the characters that matter in HTML text and attributes (<c>&amp; &lt; &gt; " '</c>) and leaves
/// umlauts as they are, so a highlight reads "Bürger", not "B&amp;#252;rger", and stays small.
/// </summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public static MinimalHtmlEncoder Instance { get; } = new();

    public string EncodeText(string originalText)
    {
        ArgumentNullException.ThrowIfNull(originalText);
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return originalText;
        }

        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
