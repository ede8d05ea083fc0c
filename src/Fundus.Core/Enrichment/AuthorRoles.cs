namespace Fundus.Enrichment;

/// <summary>
/// Reads the role or affiliation that stands with an author's name, kept apart from the name:
/// <c>Magistratsdirektorin Ulrike Huemer</c>, <c>Beate Ginzel, Leiterin des Referats Digitale Stadt Leipzig,</c>,
/// <c>Christian Stuffrein vom Deutschen Landkreistag</c>, <c>Gertrud Maltz-Schwarzfischer (SPD)</c>.
/// </summary>
public static class AuthorRoles
{
    private const int MaxWords = 10;

    private static readonly HashSet<string> AffiliationStarts = new(StringComparer.Ordinal) { "vom", "von", "aus", "bei", "beim" };

    /// <summary>The role or affiliation of the author whose name starts at <paramref name="start"/> and ends before <paramref name="end"/>, or null.</summary>
    public static string? Of(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (end < tokens.Count)
        {
            var next = tokens[end];
            if (next.Is("("))
            {
                return Until(tokens, end + 1, stop: t => t.Is(")"));
            }

            if (next.IsWord && AffiliationStarts.Contains(next.Text) && end + 1 < tokens.Count && tokens[end + 1].IsWord)
            {
                return Until(tokens, end, stop: t => !t.IsWord && !t.Is("-"));
            }

            if (next.Is(",") && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
            {
                return Until(tokens, end + 1, stop: t => t.Is(",") || t.Is("."));
            }
        }

        // A role before the name: die Bundestagsabgeordnete Carolin Wagner, Magistratsdirektorin Ulrike Huemer.
        return start > 0 && tokens[start - 1].IsCapitalized && tokens[start - 1].Text.Length > 7 ? tokens[start - 1].Text : null;
    }

    private static string? Until(IReadOnlyList<TextToken> tokens, int from, Func<TextToken, bool> stop)
    {
        var words = new List<string>();
        for (var i = from; i < tokens.Count && words.Count < MaxWords && !stop(tokens[i]); i++)
        {
            words.Add(tokens[i].Text);
        }

        return words.Count == 0 ? null : string.Join(' ', words).Replace(" - ", "-", StringComparison.Ordinal);
    }
}
