using System.Collections.Frozen;

namespace Fundus.Enrichment;

/// <summary>
/// The verbs with which German teasers attribute a text to its authors (<c>schreibt</c>, <c>findet</c>,
/// <c>erläutert</c>, …), in the forms of the third person, singular and plural.
/// </summary>
public static class ReportingVerbs
{
    private static readonly FrozenSet<string> Forms = new[]
    {
        "schreibt", "schreiben", "findet", "finden", "meint", "meinen", "sagt", "sagen", "berichtet", "berichten",
        "erklärt", "erklären", "erläutert", "erläutern", "kommentiert", "kommentieren", "beobachtet", "beobachten",
        "glaubt", "glauben", "analysiert", "analysieren", "fordert", "fordern", "kritisiert", "kritisieren",
        "rät", "raten", "plädiert", "plädieren", "zweifelt", "zweifeln", "schildert", "schildern", "blickt", "blicken",
        "betont", "betonen", "warnt", "warnen", "fragt", "fragen", "beschreibt", "beschreiben", "argumentiert",
        "argumentieren", "untersucht", "untersuchen", "mahnt", "mahnen", "resümiert", "resümieren", "empfiehlt",
        "empfehlen", "zeigt auf", "skizziert", "skizzieren", "bilanziert", "bilanzieren", "befürchtet", "befürchten",
        "ist überzeugt", "stellt dar", "weiß", "wissen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a reporting verb, also one missing its final -t, a frequent slip (<c>schreib</c>).</summary>
    public static bool Contains(string word) =>
        Forms.Contains(word) || (word.Length >= 6 && Forms.Contains(word + "t"));

    /// <summary>The format a verb itself names: kommentiert → Kommentar.</summary>
    public static string? FormatOf(string verb) => verb.StartsWith("kommentier", StringComparison.Ordinal) ? "Kommentar" : null;
}
