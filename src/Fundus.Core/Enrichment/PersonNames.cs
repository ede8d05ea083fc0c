using Fundus.Analysis;

namespace Fundus.Enrichment;

/// <summary>
/// Reads person names in token runs: two to four capitalized words, with particles (<c>Helene von Schwichow</c>)
/// and hyphenated surnames (<c>Caroline Paulick-Thiel</c>); a first word that is a common noun or an acronym
/// (<c>Stadt Hamm</c>, <c>CIO</c>) starts no name.
/// </summary>
public sealed class PersonNames(GermanLexicon lexicon, Gazetteer gazetteer)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "von", "van", "de", "der", "zu", "ter", "den" };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Im", "In", "Er", "Sie", "Es", "Wir", "Ihr", "Doch", "Auch",
        "Autor", "Autorin", "Autoren", "Autorinnen", "Gast", "Herr", "Frau", "Dr", "Prof", "Down", "Under", "Bund", "Länder",
    };

    /// <summary>The name that starts at <paramref name="at"/>, as (text, end index exclusive), or null.</summary>
    public (string Name, int End)? At(IReadOnlyList<TextToken> tokens, int at)
    {
        var words = new List<string>();
        var i = at;
        while (i < tokens.Count && words.Count < 5)
        {
            var token = tokens[i];
            if (token.IsCapitalized && IsNamePart(token.Text, first: words.Count == 0))
            {
                words.Add(token.Text);
                i++;
                continue;
            }

            // von, von der between a given name and the surname (Helene von Schwichow); after two names a "von"
            // starts an affiliation (Philipp Stolz von der Stadtverwaltung).
            if (words.Count > 0 && words.Count(w => char.IsUpper(w[0])) == 1 && token.IsWord && Particles.Contains(token.Text) &&
                i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized || (tokens[i + 1].Is("der") && i + 2 < tokens.Count && tokens[i + 2].IsCapitalized)))
            {
                words.Add(token.Text);
                i++;
                continue;
            }

            break;
        }

        while (words.Count > 0 && Particles.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            i--;
        }

        // Magistratsdirektorin Ulrike Huemer: a long word in a role's form before a full name is the role.
        if (words.Count(w => char.IsUpper(w[0])) >= 3 && IsRole(words[0]))
        {
            words.RemoveAt(0);
        }

        var capitalized = words.Count(w => char.IsUpper(w[0]));
        return capitalized is >= 2 and <= 4 ? (string.Join(' ', words), i) : null;
    }

    private static bool IsRole(string word) =>
        word.Length > 7 && (word.EndsWith("in", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal) ||
            word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith('e') || word.EndsWith("ent", StringComparison.Ordinal) ||
            word.EndsWith("enden", StringComparison.Ordinal) || word.EndsWith("eur", StringComparison.Ordinal) ||
            word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal));

    private bool IsNamePart(string word, bool first)
    {
        if (NotNames.Contains(word) || word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return !first || (!lexicon.IsCommonNoun(lower) && gazetteer.Find(word) is null && gazetteer.FindByAdjective(lower) is null);
    }
}
