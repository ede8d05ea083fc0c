using System.Text;
using Fundus.Searching;

namespace Fundus.Web;

/// <summary>
/// The form of the Erweiterte Suche: free text with a hint of the syntax, Autor/Autorin, Format, Ort, Thema,
/// Zeitraum, Sortierung and Treffer pro Seite. A plain GET form, so it works without JavaScript; with it, the
/// free-text field offers suggestions while typing (<c>/assets/fundus.js</c>).
/// </summary>
internal static class SearchForm
{
    /// <summary>Formats offered even when the current hits have none of them.</summary>
    private static readonly string[] KnownFormats = ["Standpunkt", "Werkstattbericht", "Kommentar", "Interview", "Bericht", "Gastbeitrag", "Analyse"];

    private static readonly (string Value, string Label)[] Sorts =
        [("relevance", "Relevanz"), ("newest", "Neueste zuerst"), ("oldest", "Älteste zuerst")];

    private static readonly int[] PageSizes = [10, 20, 50, 100];

    public static void Append(StringBuilder html, SearchState state, SearchResults? results)
    {
        html.Append("<form class=\"search\" role=\"search\" method=\"get\" action=\"/suche\" aria-label=\"Archiv durchsuchen\">")
            .Append("<div class=\"field wide combo\"><label for=\"q\">Suchbegriffe</label>")
            .Append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"1000\" value=\"")
            .Append(HtmlPage.Encode(state.Query)).Append("\" aria-describedby=\"hilfe\">")
            .Append("<p id=\"hilfe\" class=\"hint\">\"Wortgruppe\" in Anführungszeichen · -wort schließt aus · ODER für Alternativen · ")
            .Append("<a href=\"/hilfe\">Suchhilfe</a></p></div>")
            .Append("<fieldset><legend>Eingrenzen</legend>");
        TextField(html, state, "author", "Autor/Autorin");
        FormatField(html, state, results);
        TextField(html, state, "place", "Ort");
        TextField(html, state, "topic", "Thema");
        html.Append("<div class=\"field\"><label for=\"f-from\">Zeitraum von</label><input type=\"date\" id=\"f-from\" name=\"from\" value=\"")
            .Append(HtmlPage.Encode(state.First("from"))).Append("\"></div>")
            .Append("<div class=\"field\"><label for=\"f-to\">bis</label><input type=\"date\" id=\"f-to\" name=\"to\" value=\"")
            .Append(HtmlPage.Encode(state.First("to"))).Append("\"></div>");
        Select(html, "sort", "Sortierung", Sorts, state.First("sort") is "" ? "relevance" : state.First("sort"));
        Select(html, "size", "Treffer pro Seite", PageSizes.Select(s => (s.ToString(System.Globalization.CultureInfo.InvariantCulture), s.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
            state.First("size") is "" ? "10" : state.First("size"));

        // Filters chosen in the sidebar that have no field of their own, or a second value of one, ride along.
        foreach (var parameter in new[] { "year", "organization" })
        {
            Hidden(html, parameter, state.Values(parameter));
        }

        foreach (var parameter in new[] { "author", "place", "topic", "format" })
        {
            Hidden(html, parameter, state.Values(parameter).Skip(1));
        }

        html.Append("</fieldset><div class=\"actions\"><button type=\"submit\">Suchen</button></div></form>");
    }

    private static void TextField(StringBuilder html, SearchState state, string parameter, string label) =>
        html.Append("<div class=\"field\"><label for=\"f-").Append(parameter).Append("\">").Append(label).Append("</label>")
            .Append("<input type=\"text\" id=\"f-").Append(parameter).Append("\" name=\"").Append(parameter).Append("\" maxlength=\"200\" value=\"")
            .Append(HtmlPage.Encode(state.First(parameter))).Append("\"></div>");

    private static void FormatField(StringBuilder html, SearchState state, SearchResults? results)
    {
        var offered = KnownFormats
            .Concat(results?.Facets.GetValueOrDefault(ArticleFields.Format)?.Select(f => f.Value) ?? [])
            .Append(state.First("format"))
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(f => (f, f))
            .Prepend((string.Empty, "alle Formate"))
            .ToArray();
        Select(html, "format", "Format", offered, state.First("format"));
    }

    private static void Select(StringBuilder html, string parameter, string label, (string Value, string Label)[] options, string selected)
    {
        html.Append("<div class=\"field\"><label for=\"f-").Append(parameter).Append("\">").Append(label).Append("</label>")
            .Append("<select id=\"f-").Append(parameter).Append("\" name=\"").Append(parameter).Append("\">");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(HtmlPage.Encode(value)).Append('"')
                .Append(value == selected ? " selected" : string.Empty).Append('>').Append(HtmlPage.Encode(text)).Append("</option>");
        }

        html.Append("</select></div>");
    }

    private static void Hidden(StringBuilder html, string parameter, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(parameter).Append("\" value=\"").Append(HtmlPage.Encode(value)).Append("\">");
        }
    }
}
