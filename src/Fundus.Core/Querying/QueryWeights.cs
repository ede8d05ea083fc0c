using Fundus.Analysis;

namespace Fundus.Querying;

/// <summary>
/// How much each kind of match counts, relative to the word as typed (1). The order is the promise of the
/// ranking: exact spelling &gt; word form &gt; compound part &gt; synonym &gt; fuzzy. The relevance test on the
/// seed judgments (<c>Seed_judgments_reach_the_relevance_targets</c>) breaks when these drift too far.
/// </summary>
public static class QueryWeights
{
    /// <summary>Bonus for the spelling as typed, on the surface fields.</summary>
    public const float ExactSpelling = 0.5f;

    /// <summary>All parts of a compound query word, found separately.</summary>
    public const float CompoundParts = 0.6f;

    /// <summary>The head of a compound query word alone (Digitalstrategie → strategie).</summary>
    public const float CompoundHead = 0.3f;

    /// <summary>The modifiers of a compound query word alone (Cyberangriffe → cyber).</summary>
    public const float CompoundModifier = 0.2f;

    /// <summary>The adjective of a noun or the noun of an adjective (Resilienz ↔ resilient).</summary>
    public const float Derivation = 0.5f;

    /// <summary>The generic base of a feminine query word (Bürgerinnen → bürger).</summary>
    public const float GenderBase = 0.4f;

    /// <summary>Words within a few edits of an unknown query word.</summary>
    public const float Fuzzy = 0.3f;

    /// <summary>Prefix queries (digital*): constant score, below a whole word.</summary>
    public const float Prefix = 0.8f;

    /// <summary>The weight of a term of this analysis type as an alternative for the query word.</summary>
    public static float Of(string type) => type switch
    {
        TokenTypes.GenderBase => GenderBase,
        TokenTypes.Place => 0.8f,
        _ => 1f,
    };
}
