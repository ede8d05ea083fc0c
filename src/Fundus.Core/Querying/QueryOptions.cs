namespace Fundus.Querying;

/// <summary>Query-time stages that can be switched off (for the ablation in <c>docs/relevance.md</c>).</summary>
public sealed record QueryOptions
{
    public static QueryOptions All { get; } = new();

    /// <summary>Thesaurus synonyms: KI ↔ Künstliche Intelligenz.</summary>
    public bool Synonyms { get; init; } = true;

    /// <summary>Typo tolerance for words the index does not know.</summary>
    public bool Fuzzy { get; init; } = true;
}
