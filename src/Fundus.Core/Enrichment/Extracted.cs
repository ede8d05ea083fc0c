namespace Fundus.Enrichment;

/// <summary>A value found in the text, with the rule that found it (its provenance).</summary>
public sealed record Extracted(string Value, string Rule);
