using Fundus.Analysis;

namespace Fundus.Enrichment;

/// <summary>
/// Finds the places a teaser names or implies, with the <see cref="Gazetteer"/>: names of one to three words
/// (<c>Bad Salzuflen</c>, <c>Ostwestfalen-Lippe</c>), genitives (<c>Hessens</c>), and adjectives and demonyms
/// (<c>Schorndorfer → Schorndorf</c>, <c>niedersächsischen → Niedersachsen</c>). A town whose name is also a
/// common noun counts only when it is a large one; words inside an author's name never count.
/// </summary>
public sealed class PlaceExtractor(Gazetteer gazetteer, GermanLexicon lexicon)
{
    /// <summary>Small towns named like surnames (Lauterbach) count only when no unknown capitalized word (a given name) precedes them.</summary>
    public const long SurnameTownPopulation = 50_000;

    public IReadOnlyList<Extracted> Extract(IReadOnlyList<TextToken> tokens, IReadOnlyCollection<string> authors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var inNames = new HashSet<string>(authors.SelectMany(a => a.Split(' ')), StringComparer.Ordinal);
        var found = new List<Extracted>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || inNames.Contains(token.Text))
            {
                continue;
            }

            if (token.IsCapitalized && Name(tokens, i) is { } named && !AfterGivenName(tokens, i, named.Place))
            {
                Add(found, named.Place, named.Rule);
                i = named.End - 1;
                continue;
            }

            if (gazetteer.FindByAdjective(token.Text.ToLowerInvariant()) is { } place && (token.IsCapitalized || place.Kind is not (PlaceKind.City or PlaceKind.WorldCity)))
            {
                Add(found, place, "adjective:" + token.Text);
            }
        }

        return found;
    }

    /// <summary>Karl Lauterbach: a small town right after a capitalized word no lexicon knows is a surname.</summary>
    private bool AfterGivenName(IReadOnlyList<TextToken> tokens, int at, Place place) =>
        at > 0 && place.Kind is PlaceKind.City && place.Population < SurnameTownPopulation && tokens[at - 1].IsCapitalized &&
        !IsNounLike(tokens[at - 1].Text.ToLowerInvariant()) && gazetteer.Find(tokens[at - 1].Text) is null;

    /// <summary>A known word, or a compound ending in one (Stadtverwaltung): no given name.</summary>
    private bool IsNounLike(string word)
    {
        for (var start = 0; start <= word.Length - 4; start++)
        {
            if (lexicon.Contains(word.AsSpan(start)))
            {
                return true;
            }
        }

        return false;
    }

    private (Place Place, string Rule, int End)? Name(IReadOnlyList<TextToken> tokens, int at)
    {
        for (var length = Math.Min(gazetteer.LongestName, tokens.Count - at); length >= 1; length--)
        {
            if (tokens.Skip(at).Take(length).Any(t => !t.IsWord))
            {
                continue;
            }

            var name = string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Text));
            var place = gazetteer.Find(name) ?? (name.EndsWith('s') ? gazetteer.Find(name[..^1]) : null);
            if (place is not null && Plausible(place, name, at > 0 ? tokens[at - 1].Text : null))
            {
                return (place, place.Name == name ? "name:" + name : "genitive:" + name, at + length);
            }
        }

        return null;
    }

    /// <summary>
    /// Essen, Lage, Hof: a town named like a common word counts only when it is big, and never after an article
    /// (das Essen, die Lage).
    /// </summary>
    private bool Plausible(Place place, string name, string? before)
    {
        if (place.Kind is not (PlaceKind.City or PlaceKind.WorldCity))
        {
            return true;
        }

        var common = lexicon.IsCommonNoun(name.ToLowerInvariant()) || lexicon.Contains(name.ToLowerInvariant());
        return !common || (place.Population >= 100_000 && (before is null || !Articles.Contains(before)));
    }

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "beim", "zum", "vom", "im", "am", "kein", "keine",
    };

    private static void Add(List<Extracted> found, Place place, string rule)
    {
        if (!found.Any(f => f.Value == place.Name))
        {
            found.Add(new Extracted(place.Name, rule));
        }
    }
}
