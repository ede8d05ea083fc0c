namespace Fundus.Analysis;

/// <summary>
/// What a token is, carried in Lucene's type attribute from the stage that made it to the query compiler, which
/// weights the kinds differently (a whole word above a compound part, a feminine form above its masculine base).
/// </summary>
public static class TokenTypes
{
    /// <summary>A word as written (after the per-word normalizations).</summary>
    public const string Word = "word";

    /// <summary>A word joined with hyphens, as the tokenizer found it: <c>Smart-City-Projekte</c>.</summary>
    public const string Hyphenated = "hyphenated";

    /// <summary>The parts of a hyphenated word written together: <c>E-Government → egovernment</c>.</summary>
    public const string Joined = "joined";

    /// <summary>A part of a closed compound: <c>Verwaltungsdigitalisierung → verwaltung, digitalisierung</c>.</summary>
    public const string Part = "part";

    /// <summary>The last part of a closed compound, which names what it is: <c>Digitalstrategie → strategie</c>.</summary>
    public const string Head = "head";

    /// <summary>A gender form written with a mark (<c>Bürger:innen</c>), as the tokenizer found it.</summary>
    public const string Gendered = "gendered";

    /// <summary>The feminine form of a gender-inclusive word: <c>Bürger*innen → bürgerin</c>.</summary>
    public const string Feminine = "feminine";

    /// <summary>The generic base form of a feminine or neutral form: <c>Bürgerinnen, Mitarbeitende → bürger, mitarbeiter</c>.</summary>
    public const string GenderBase = "gender-base";

    /// <summary>The place a demonym or place adjective names: <c>Linzer → linz</c>.</summary>
    public const string Place = "place";
}
