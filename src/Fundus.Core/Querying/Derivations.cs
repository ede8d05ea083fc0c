namespace Fundus.Querying;

/// <summary>Nouns and adjectives that name the same thing: Resilienz ↔ resilient, Relevanz ↔ relevant.</summary>
internal static class Derivations
{
    /// <summary>The adjective of an -enz/-anz noun, or the noun of an -ent/-ant adjective (analyzed forms).</summary>
    public static string? RelatedForm(string term)
    {
        if (term.Length < 6)
        {
            return null;
        }

        return term[^3..] switch
        {
            "enz" => term[..^1] + "t",
            "anz" => term[..^1] + "t",
            "ent" => term[..^1] + "z",
            "ant" => term[..^1] + "z",
            _ => null,
        };
    }
}
