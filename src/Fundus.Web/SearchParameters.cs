using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Fundus.Web;

/// <summary>
/// The query-string parameters of <c>/api/search</c> and of the search page. Numbers and dates arrive as text, so
/// that a malformed one is answered with a German message naming the parameter (see <see cref="SearchRequestBinder"/>).
/// Filters may repeat: values of one filter combine with OR, different filters with AND.
/// </summary>
internal sealed record SearchParameters(
    [property: Description("Suchbegriffe in der Suchsyntax (\"Wortgruppe\", -ausschließen, ODER, autor:, ort:, von:). Leer: alle Artikel, neueste zuerst.")]
    [FromQuery(Name = "q")]
    string? Q = null,
    [property: Description("Autor/Autorin, genau wie in der Facette; wiederholbar.")]
    [FromQuery(Name = "author")]
    string[]? Author = null,
    [property: Description("Format (Standpunkt, Werkstattbericht, Kommentar, …); wiederholbar.")]
    [FromQuery(Name = "format")]
    string[]? Format = null,
    [property: Description("Ort; wiederholbar.")]
    [FromQuery(Name = "place")]
    string[]? Place = null,
    [property: Description("Organisation; wiederholbar.")]
    [FromQuery(Name = "organization")]
    string[]? Organization = null,
    [property: Description("Thema; wiederholbar.")]
    [FromQuery(Name = "topic")]
    string[]? Topic = null,
    [property: Description("Erscheinungsjahr; wiederholbar.")]
    [FromQuery(Name = "year")]
    string[]? Year = null,
    [property: Description("Erschienen am oder nach diesem Tag (JJJJ-MM-TT).")]
    [FromQuery(Name = "from")]
    string? From = null,
    [property: Description("Erschienen am oder vor diesem Tag (JJJJ-MM-TT).")]
    [FromQuery(Name = "to")]
    string? To = null,
    [property: Description("relevance (Voreinstellung), newest oder oldest.")]
    [FromQuery(Name = "sort")]
    string? Sort = null,
    [property: Description("Seite, ab 1; Seite × Größe höchstens 10.000.")]
    [FromQuery(Name = "page")]
    string? Page = null,
    [property: Description("Treffer pro Seite, 1 bis 100 (Voreinstellung 10).")]
    [FromQuery(Name = "size")]
    string? Size = null,
    [property: Description("true: zu jedem Treffer die Begründung seines Scores.")]
    [FromQuery(Name = "explain")]
    string? Explain = null)
{
    /// <summary>The same parameters read from a query string, as the search page receives them.</summary>
    public static SearchParameters Read(IQueryCollection query) => new(
        query["q"].ToString(),
        query["author"].ToArray()!,
        query["format"].ToArray()!,
        query["place"].ToArray()!,
        query["organization"].ToArray()!,
        query["topic"].ToArray()!,
        query["year"].ToArray()!,
        query["from"].ToString(),
        query["to"].ToString(),
        query["sort"].ToString(),
        query["page"].ToString(),
        query["size"].ToString(),
        query["explain"].ToString());
}
