namespace Fundus.Analysis;

/// <summary>
/// Which stages of the German chain run. All on is Fundus; switching one off is for measuring what it is worth
/// (<c>docs/relevance.md</c>, ablation). Index and queries must use the same options.
/// </summary>
public sealed record GermanAnalysisOptions
{
    public static GermanAnalysisOptions All { get; } = new();

    /// <summary>Lemmas and light stemming: Städten → stadt.</summary>
    public bool Stemming { get; init; } = true;

    /// <summary>Closed-compound parts: Verwaltungsdigitalisierung → verwaltung, digitalisierung.</summary>
    public bool Compounds { get; init; } = true;

    /// <summary>Place adjectives and demonyms, and place names kept whole: Linzer → linz.</summary>
    public bool PlaceNames { get; init; } = true;

    /// <summary>Gender-inclusive and feminine forms: Bürger:innen → bürger, bürgerin.</summary>
    public bool GenderForms { get; init; } = true;
}
