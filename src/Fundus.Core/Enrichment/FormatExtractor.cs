namespace Fundus.Enrichment;

/// <summary>
/// Finds the editorial format a teaser names: <c>im Werkstattbericht</c>, <c>im Standpunkt</c>,
/// <c>kommentiert X</c> (a Kommentar), <c>im Interview</c>, <c>in dieser Rubrik</c>, <c>in ihrer Analyse</c>.
/// None when the text does not say.
/// </summary>
public static class FormatExtractor
{
    private static readonly string[] Formats = ["Werkstattbericht", "Standpunkt", "Kommentar", "Interview", "Rubrik", "Analyse"];
    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal)
    {
        "im", "ihrem", "seinem", "ihrer", "seiner", "diesem", "dieser", "unserem", "unserer", "einem", "einer", "dem", "der", "den",
        "ein", "eine",
    };

    public static Extracted? Extract(IReadOnlyList<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            foreach (var format in Formats)
            {
                // Werkstattbericht and Standpunkt name the format wherever they stand; the words that are also
                // ordinary nouns (Analyse, Interview) only after "im", "in ihrem", "in dieser".
                if (token.Is(format) && (format is "Werkstattbericht" or "Standpunkt" || (i > 0 && Pointers.Contains(tokens[i - 1].Text.ToLowerInvariant()))))
                {
                    return new Extracted(format, "word:" + format);
                }
            }

            if (ReportingVerbs.FormatOf(token.Text) is { } named && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
            {
                return new Extracted(named, "verb:" + token.Text);
            }
        }

        return null;
    }
}
