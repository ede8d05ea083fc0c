using System.Globalization;
using System.Text;
using Fundus.Querying;
using Fundus.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Fundus.Web;

/// <summary>
/// The Erweiterte Suche at <c>/</c> and <c>/suche</c>, rendered on the server: every state is in the query string,
/// so each search is a link and the back button works, with or without JavaScript. Facets with counts (a
/// selected value can be joined by others of its facet), removable filter chips, page numbers. Highlights arrive
/// escaped from the engine; every other echoed value is escaped here.
/// </summary>
internal static class SearchPage
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly (string Parameter, string Field, string Title)[] Facets =
    [
        ("format", ArticleFields.Format, "Format"),
        ("author", ArticleFields.Authors, "Autor/Autorin"),
        ("place", ArticleFields.Places, "Ort"),
        ("topic", ArticleFields.Topics, "Thema"),
        ("year", ArticleFields.Year, "Jahr"),
    ];

    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Render);
        routes.MapGet("/suche", Render);
        routes.MapGet("/assets/fundus.css", () => Results.Text(HtmlPage.Css, "text/css; charset=utf-8"));
        return routes;
    }

    private static IResult Render(HttpContext http, FundusEngine engine)
    {
        var query = http.Request.Query;
        return HtmlPage.Render(http, "Erweiterte Suche", html =>
        {
            html.Append("<h1>Erweiterte Suche</h1>")
                .Append("<form class=\"search\" role=\"search\" method=\"get\" action=\"/suche\"><div><label for=\"q\">Suchbegriffe</label>")
                .Append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").Append(HtmlPage.Encode(query["q"].ToString())).Append("\" aria-describedby=\"hilfe\">")
                .Append("<p id=\"hilfe\" class=\"hint\">\"Wortgruppe\" · -ausschließen · ODER · autor:Name · von:2024-01-01</p></div>");
            foreach (var (parameter, _, _) in Facets)
            {
                foreach (var value in query[parameter])
                {
                    html.Append("<input type=\"hidden\" name=\"").Append(parameter).Append("\" value=\"").Append(HtmlPage.Encode(value ?? string.Empty)).Append("\">");
                }
            }

            html.Append("<button type=\"submit\">Suchen</button></form>");
            SearchResults results;
            try
            {
                results = engine.Search(SearchRequestBinder.Bind(query) with { FacetSize = 10 });
            }
            catch (QueryRejectedException e)
            {
                html.Append("<p role=\"alert\">").Append(HtmlPage.Encode(e.Message)).Append("</p>");
                return;
            }

            AppendChips(html, query);
            html.Append("<div class=\"layout\"><aside aria-label=\"Filter\">");
            AppendFacets(html, query, results);
            html.Append("</aside><section aria-labelledby=\"treffer\"><h2 id=\"treffer\" role=\"status\" aria-live=\"polite\">")
                .Append(CountText(results.Total)).Append("</h2>");
            AppendHits(html, query, results);
            html.Append("</section></div>");
        });
    }

    private static void AppendChips(StringBuilder html, IQueryCollection query)
    {
        var active = Facets.SelectMany(f => query[f.Parameter].Select(v => (f.Parameter, f.Title, Value: v ?? string.Empty))).ToList();
        if (active.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"chips\">Aktive Filter: ");
        foreach (var (parameter, title, value) in active)
        {
            html.Append("<a href=\"").Append(HtmlPage.Encode(Url(query, parameter, value, toggle: true))).Append("\" aria-label=\"Filter ")
                .Append(HtmlPage.Encode($"{title}: {value}")).Append(" entfernen\">").Append(HtmlPage.Encode(value)).Append(" ×</a>");
        }

        html.Append(" <a href=\"").Append(HtmlPage.Encode(WithoutFilters(query))).Append("\">Alle Filter entfernen</a></p>");
    }

    private static void AppendFacets(StringBuilder html, IQueryCollection query, SearchResults results)
    {
        foreach (var (parameter, field, title) in Facets)
        {
            if (!results.Facets.TryGetValue(field, out var values) || values.Count == 0)
            {
                continue;
            }

            html.Append("<h2>").Append(title).Append("</h2><ul>");
            foreach (var value in values)
            {
                var selected = query[parameter].Contains(value.Value);
                html.Append("<li><a href=\"").Append(HtmlPage.Encode(Url(query, parameter, value.Value, toggle: true))).Append('"')
                    .Append(selected ? " aria-current=\"true\"" : string.Empty).Append("><span>").Append(HtmlPage.Encode(value.Value))
                    .Append("</span><span>").Append(value.Count.ToString(German)).Append("</span></a></li>");
            }

            html.Append("</ul>");
        }
    }

    private static void AppendHits(StringBuilder html, IQueryCollection query, SearchResults results)
    {
        if (results.DidYouMean is { } better)
        {
            html.Append("<p>Meinten Sie <a href=\"").Append(HtmlPage.Encode(Url(query, "q", better, toggle: false))).Append("\">")
                .Append(HtmlPage.Encode(better)).Append("</a>?</p>");
        }

        if (results.Relaxed)
        {
            html.Append("<p>Kein Artikel enthält alle Wörter; das sind die besten Teiltreffer.</p>");
        }

        if (results.Total == 0)
        {
            html.Append("<p>Zu dieser Suche gibt es keine Artikel.");
            if (Facets.Any(f => query[f.Parameter].Count > 0))
            {
                html.Append(" <a href=\"").Append(HtmlPage.Encode(WithoutFilters(query))).Append("\">Ohne Filter suchen</a>");
            }

            html.Append("</p>");
            return;
        }

        html.Append("<ol class=\"hits\" start=\"").Append(((results.Page - 1) * results.Size) + 1).Append("\">");
        foreach (var hit in results.Hits)
        {
            html.Append("<li><p>").Append(hit.Highlight).Append("</p><p class=\"meta\">");
            var meta = new List<string>();
            if (hit.Format is not null)
            {
                meta.Add(HtmlPage.Encode(hit.Format));
            }

            // Author and place names link to their facet: all articles by that author, from that place.
            meta.AddRange(hit.Authors.Select(a => FacetLink("author", a)));
            meta.AddRange(hit.Places.Select(p => FacetLink("place", p)));
            if (hit.Published is { } published)
            {
                meta.Add(published.ToString("d. MMMM yyyy", German));
            }

            meta.Add($"<a href=\"/artikel/{Uri.EscapeDataString(hit.Id)}\">Zum Artikel</a>");
            html.Append(string.Join(" · ", meta)).Append("</p></li>");
        }

        html.Append("</ol>");
        AppendPages(html, query, results);
    }

    private static void AppendPages(StringBuilder html, IQueryCollection query, SearchResults results)
    {
        var last = (int)Math.Min((results.Total + results.Size - 1) / results.Size, SearchRequest.MaxResultWindow / results.Size);
        if (last <= 1)
        {
            return;
        }

        html.Append("<nav class=\"pages\" aria-label=\"Seiten\">");
        for (var page = Math.Max(1, results.Page - 4); page <= Math.Min(last, results.Page + 4); page++)
        {
            html.Append(page == results.Page
                ? $"<span aria-current=\"page\">{page}</span>"
                : $"<a href=\"{HtmlPage.Encode(Url(query, "page", page.ToString(CultureInfo.InvariantCulture), toggle: false))}\">{page}</a>");
        }

        html.Append("</nav>");
    }

    internal static string FacetLink(string parameter, string value) =>
        $"<a href=\"/suche?{parameter}={Uri.EscapeDataString(value)}\">{HtmlPage.Encode(value)}</a>";

    /// <summary>The current URL with one value toggled (facets) or set (q, page); filters reset the page.</summary>
    private static string Url(IQueryCollection query, string parameter, string value, bool toggle)
    {
        var parameters = query.ToDictionary(p => p.Key, p => p.Value.Where(v => v is not null).Select(v => v!).ToList(), StringComparer.Ordinal);
        parameters.Remove("page");
        var values = parameters.TryGetValue(parameter, out var existing) ? existing : parameters[parameter] = [];
        if (!toggle)
        {
            values.Clear();
            values.Add(value);
        }
        else if (!values.Remove(value))
        {
            values.Add(value);
        }

        return "/suche?" + string.Join('&', parameters.SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v)}")));
    }

    private static string WithoutFilters(IQueryCollection query) =>
        "/suche?q=" + Uri.EscapeDataString(query["q"].ToString());

    private static string CountText(long total) => total switch
    {
        0 => "Keine Treffer",
        1 => "1 Treffer",
        _ => $"{total.ToString("N0", German)} Treffer",
    };
}
