using System.Text.RegularExpressions;

namespace Fundus.Enrichment;

/// <summary>A word or punctuation mark of a teaser, with its position in the text.</summary>
public readonly record struct TextToken(string Text, int Start, bool IsWord)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);
}

/// <summary>
/// Splits a teaser into words (letters, digits, inner hyphens and apostrophes: <c>Maltz-Schwarzfischer</c>,
/// <c>Ostwestfalen-Lippe</c>) and single punctuation marks, which the extraction rules read as clause borders.
/// </summary>
public static partial class TeaserTokens
{
    public static IReadOnlyList<TextToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Token().Matches(text).Select(m => new TextToken(m.Value, m.Index, char.IsLetterOrDigit(m.Value[0]))).ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Token();
}
