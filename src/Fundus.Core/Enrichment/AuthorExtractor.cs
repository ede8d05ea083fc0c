namespace Fundus.Enrichment;

/// <summary>
/// Finds the authors of a teaser: the people the text attributes itself to through a reporting verb. Rules, each
/// named in the provenance of what it finds:
/// <list type="bullet">
/// <item><c>verb-name</c>: <c>…, findet Lena Sargalski.</c>; <c>erklären Beate Ginzel, Lukas Schroll und Sasha
/// Becker</c>; <c>meinen Peter Kurz, der …, und Caroline Paulick-Thiel</c>; a role before the name is passed over
/// (<c>findet die Bundestagsabgeordnete Carolin Wagner</c>).</item>
/// <item><c>name-verb</c>: <c>Oliver Rottmann meint</c>; <c>Gerald Swarat und Steffen Stess vom Fraunhofer-Institut …
/// fordern</c>; <c>wie Beate Ginzel … in ihrem Werkstattbericht schreiben</c>.</item>
/// <item><c>apposition-verb</c>: <c>Beate Ginzel, Leiterin des Referats …, berichtet</c>; <c>…, Patrick Burghardt, blickt</c>.</item>
/// <item><c>so-name</c>: <c>…, so Robert Gerlit.</c>; <c>author-name</c>: <c>Autor Benjamin Seibel</c>;
/// <c>format-von-name</c>: <c>Eine Analyse von Petra Wolf.</c></item>
/// </list>
/// People merely mentioned, interviewed or quoted without a reporting verb are not authors.
/// </summary>
public sealed class AuthorExtractor(PersonNames names)
{
    private const int MaxTail = 10;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "der", "die", "den", "dem", "das" };
    private static readonly HashSet<string> FormatWords = new(StringComparer.Ordinal) { "Analyse", "Kommentar", "Standpunkt", "Werkstattbericht", "Beitrag", "Gastbeitrag", "Essay" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem" };
    private static readonly HashSet<string> TailStarts = new(StringComparer.Ordinal) { "vom", "von", "aus", "bei", "in", "im", "vor", "für", "zufolge" };

    public IReadOnlyList<Extracted> Extract(IReadOnlyList<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<Extracted>();
        for (var v = 0; v < tokens.Count; v++)
        {
            var token = tokens[v];
            if (token.IsWord && (token.Is("Autor") || token.Is("Autorin")))
            {
                Add(found, NameListAt(tokens, v + 1).Names, "author-name");
                continue;
            }

            // Eine Analyse von Petra Wolf; ein Kommentar von Daniel Richter.
            if (token.Is("von") && v > 0 && FormatWords.Contains(tokens[v - 1].Text))
            {
                Add(found, NameListAt(tokens, v + 1).Names, "format-von-name");
                continue;
            }

            if (token.Is("so") && v > 0 && tokens[v - 1].Is(","))
            {
                Add(found, NameListAt(tokens, v + 1).Names, "so-name");
                continue;
            }

            if (!token.IsWord || char.IsUpper(token.Text[0]) || !ReportingVerbs.Contains(token.Text))
            {
                continue;
            }

            Add(found, AfterVerb(tokens, v), "verb-name");
            if (v > 0 && tokens[v - 1].Is(","))
            {
                Add(found, Apposition(tokens, v), "apposition-verb");
            }
            else
            {
                Add(found, BeforeVerb(tokens, v), "name-verb");
            }
        }

        return found.Select(f => f with { Detail = RoleOf(tokens, f.Value) }).ToList();
    }

    /// <summary>The role beside the first place the name stands in the text.</summary>
    private static string? RoleOf(IReadOnlyList<TextToken> tokens, string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            if (words.Select((w, k) => tokens[i + k].Is(w)).All(x => x))
            {
                return AuthorRoles.Of(tokens, i, i + words.Length);
            }
        }

        return null;
    }

    private List<string> AfterVerb(IReadOnlyList<TextToken> tokens, int v)
    {
        var j = v + 1;
        if (j < tokens.Count && tokens[j].IsWord && Determiners.Contains(tokens[j].Text))
        {
            j++;
        }

        // A role or two before the name: die Bundestagsabgeordnete Carolin Wagner, die Forschenden Marie Hintz.
        for (var skip = 0; skip < 3 && j + skip < tokens.Count && tokens[j + skip].IsCapitalized; skip++)
        {
            var list = NameListAt(tokens, j + skip);
            if (list.Names.Count > 0)
            {
                return list.Names;
            }
        }

        return [];
    }

    private List<string> BeforeVerb(IReadOnlyList<TextToken> tokens, int v)
    {
        for (var s = Math.Max(0, v - MaxTail - 4); s < v; s++)
        {
            // A name starts after no other capitalized word and after no article (der Privatwirtschaft Platz finden).
            if (s > 0 && (tokens[s - 1].IsCapitalized || Articles.Contains(tokens[s - 1].Text)))
            {
                continue;
            }

            var (list, end) = NameListAt(tokens, s);
            if (list.Count > 0 && end <= v && IsTail(tokens, end, v))
            {
                return list;
            }
        }

        return [];
    }

    /// <summary>Name , apposition , verb — or — apposition , Name , verb.</summary>
    private List<string> Apposition(IReadOnlyList<TextToken> tokens, int v)
    {
        var second = v - 1;
        var first = second - 1;
        while (first >= 0 && first > second - 14 && !tokens[first].Is(","))
        {
            first--;
        }

        if (first < 0 || !tokens[first].Is(","))
        {
            return [];
        }

        var (between, end) = NameListAt(tokens, first + 1);
        if (between.Count > 0 && end == second)
        {
            return between;
        }

        for (var s = Math.Max(0, first - 6); s < first; s++)
        {
            var (before, stop) = NameListAt(tokens, s);
            if (before.Count > 0 && stop == first && (s == 0 || !tokens[s - 1].IsCapitalized))
            {
                return before;
            }
        }

        return [];
    }

    /// <summary>What may stand between the names and their verb: nothing, an affiliation, "in ihrem Werkstattbericht".</summary>
    private static bool IsTail(IReadOnlyList<TextToken> tokens, int from, int verb)
    {
        if (from == verb)
        {
            return true;
        }

        if (verb - from > MaxTail || !tokens[from].IsWord || !TailStarts.Contains(tokens[from].Text))
        {
            return false;
        }

        for (var i = from; i < verb; i++)
        {
            if (!tokens[i].IsWord && !tokens[i].Is("(") && !tokens[i].Is(")") && !tokens[i].Is("-"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Name {, Name} [und Name], also with a relative clause after the first (Peter Kurz, der …, und …).</summary>
    private (List<string> Names, int End) NameListAt(IReadOnlyList<TextToken> tokens, int at)
    {
        var list = new List<string>();
        if (names.At(tokens, at) is not { } first)
        {
            return (list, at);
        }

        list.Add(first.Name);
        var end = first.End;
        while (end + 1 < tokens.Count)
        {
            if (tokens[end].Is(",") && names.At(tokens, end + 1) is { } next)
            {
                list.Add(next.Name);
                end = next.End;
                continue;
            }

            if (tokens[end].Is("und") && names.At(tokens, end + 1) is { } last)
            {
                list.Add(last.Name);
                end = last.End;
                break;
            }

            if (tokens[end].Is(",") && tokens[end + 1].IsWord && tokens[end + 1].Text is "der" or "die")
            {
                var close = end + 2;
                while (close < tokens.Count && !tokens[close].Is(","))
                {
                    close++;
                }

                if (close + 2 < tokens.Count && tokens[close + 1].Is("und") && names.At(tokens, close + 2) is { } after)
                {
                    list.Add(after.Name);
                    end = after.End;
                }
            }

            break;
        }

        return (list, end);
    }

    private static void Add(List<Extracted> found, List<string> names, string rule)
    {
        foreach (var name in names)
        {
            if (!found.Any(f => f.Value == name))
            {
                found.Add(new Extracted(name, rule));
            }
        }
    }
}
