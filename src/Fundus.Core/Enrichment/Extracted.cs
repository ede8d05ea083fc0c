namespace Fundus.Enrichment;

/// <summary>A value found in the text, with the rule that found it (its provenance) and, for an author, the role or affiliation beside the name.</summary>
public sealed record Extracted(string Value, string Rule, string? Detail = null);
