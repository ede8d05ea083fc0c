using Lucene.Net.Analysis;

namespace Fundus.Analysis;

/// <summary>
/// Makes gender-inclusive and feminine forms findable by their base word and by their feminine form. Runs before
/// lower-casing, because the capital I of <c>BürgerInnen</c> is the mark.
/// <list type="bullet">
/// <item><c>Bürger:innen</c> (any mark, see <see cref="GermanWordTokenizer"/>), <c>BürgerInnen</c> →
/// <c>Bürger</c> + <c>Bürgerin</c> (<see cref="TokenTypes.Feminine"/>);</item>
/// <item><c>Bürgerinnen</c>, <c>Autorin</c> → <c>Bürgerin</c>, <c>Autorin</c> + <c>Bürger</c>, <c>Autor</c>
/// (<see cref="TokenTypes.GenderBase"/>), where the base is a person noun (ends in -er, -or, -ist, -ent, …);</item>
/// <item><c>Mitarbeitende</c>, <c>Teilnehmenden</c> → + <c>Mitarbeiter</c>, <c>Teilnehmer</c>
/// (<see cref="TokenTypes.GenderBase"/>) where the lexicon knows that noun.</item>
/// </list>
/// Feminine plurals become singular (<c>innen → in</c>), so singular and plural meet before stemming.
/// </summary>
/// <param name="input">The tokens.</param>
/// <param name="lexicon">Knows the agent nouns of participles.</param>
/// <param name="inclusiveOnly">Only the forms with a mark or a capital I, as written: for surface fields.</param>
public sealed class GenderFormFilter(TokenStream input, GermanLexicon lexicon, bool inclusiveOnly = false) : StackingFilter(input)
{
    private static readonly string[] PersonEndings = ["er", "or", "ist", "ent", "ant", "eur", "at", "ot", "et", "og", "ar", "ier", "ör"];

    protected override void Process()
    {
        if (Type.Type is not (TokenTypes.Word or TokenTypes.Gendered) || Term.Length < 4)
        {
            return;
        }

        var chars = Term.Buffer.AsSpan(0, Term.Length);
        if (!MayBeGendered(chars))
        {
            return;
        }

        var word = chars.ToString();
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            SplitInclusive(word[..colon]);
            return;
        }

        if (BinnenI(word) is { } binnenBase)
        {
            SplitInclusive(binnenBase);
            return;
        }

        if (inclusiveOnly)
        {
            return;
        }

        var lower = word.ToLowerInvariant();
        if (FeminineBase(lower) is { } baseLength)
        {
            var feminine = word[..(baseLength + 2)];
            Term.SetEmpty().Append(feminine);
            Emit(word[..baseLength], TokenTypes.GenderBase);
            return;
        }

        if (char.IsUpper(word[0]) && ParticipleBase(lower) is { } agent)
        {
            Emit(agent, TokenTypes.GenderBase);
        }
    }

    /// <summary>Only words with a colon or ending in -in, -innen, -ende, -enden can be gender forms.</summary>
    private static bool MayBeGendered(ReadOnlySpan<char> word) =>
        word.Contains(':') ||
        word.EndsWith("in", StringComparison.OrdinalIgnoreCase) ||
        word.EndsWith("innen", StringComparison.OrdinalIgnoreCase) ||
        word.EndsWith("ende", StringComparison.Ordinal) ||
        word.EndsWith("enden", StringComparison.Ordinal);

    private void SplitInclusive(string baseWord)
    {
        Term.SetEmpty().Append(baseWord);
        Type.Type = TokenTypes.Word;
        Emit(baseWord + "in", TokenTypes.Feminine);
    }

    /// <summary>BürgerInnen, MitarbeiterIn: the base before a capital I that follows a lower-case letter.</summary>
    private static string? BinnenI(string word)
    {
        var at = word.EndsWith("Innen", StringComparison.Ordinal) ? word.Length - 5
            : word.EndsWith("In", StringComparison.Ordinal) ? word.Length - 2
            : -1;
        return at >= 3 && char.IsLower(word[at - 1]) && char.IsUpper(word[0]) ? word[..at] : null;
    }

    /// <summary>The length of the base of a written-out feminine form (bürgerinnen, autorin), or null.</summary>
    private static int? FeminineBase(string lower)
    {
        var baseLength = lower.EndsWith("innen", StringComparison.Ordinal) ? lower.Length - 5
            : lower.EndsWith("in", StringComparison.Ordinal) ? lower.Length - 2
            : -1;
        if (baseLength < 3)
        {
            return null;
        }

        var baseWord = lower.AsSpan(0, baseLength);
        foreach (var ending in PersonEndings)
        {
            if (baseWord.EndsWith(ending, StringComparison.Ordinal) && baseLength > ending.Length + 1)
            {
                return baseLength;
            }
        }

        return null;
    }

    /// <summary>Mitarbeitende(n) → Mitarbeiter, where the lexicon knows the agent noun.</summary>
    private string? ParticipleBase(string lower)
    {
        var stemLength = lower.EndsWith("enden", StringComparison.Ordinal) ? lower.Length - 5
            : lower.EndsWith("ende", StringComparison.Ordinal) ? lower.Length - 4
            : -1;
        if (stemLength < 4)
        {
            return null;
        }

        var agent = string.Concat(lower.AsSpan(0, stemLength), "er");
        return lexicon.Contains(agent) ? agent : null;
    }
}
