using Fundus.Querying;
using Fundus.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Fundus.Storage;
using Fundus.Web.Security;

namespace Fundus.Web;

/// <summary>
/// The Erweiterte Suche at <c>/</c> and <c>/suche</c>, rendered on the server: every state is in the query string,
/// so each search is a link and the back button works, with or without JavaScript. An empty search lists all
/// articles, newest first, so the filters alone browse the archive. A request the search cannot answer (a page
/// too deep, a date that is none) is explained on the page, next to the form to correct it.
/// </summary>
internal static class SearchPage
{
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Render).ExcludeFromDescription();
        routes.MapGet("/suche", Render).ExcludeFromDescription();
        return routes;
    }

    private static IResult Render(HttpContext http, FundusEngine engine, QueryLog log)
    {
        var state = new SearchState(http.Request.Query);
        SearchResults? results = null;
        string? rejection = null;
        try
        {
            var request = SearchRequestBinder.Bind(SearchParameters.Read(http.Request.Query)) with
            {
                FacetSize = 10,
                Access = FundusPolicies.AccessOf(http.User),
            };
            results = engine.Search(request);
            QueryStatistics.Record(log, request, results);
        }
        catch (QueryRejectedException e)
        {
            rejection = e.Message;
        }

        // The count leads the title: a screen reader says it first when the page of results opens.
        var title = results is null ? "Erweiterte Suche" : $"{HitList.CountText(results.Total)} – Erweiterte Suche";
        if (state.Query.Length > 0)
        {
            title = $"{state.Query}: {title}";
        }

        return HtmlPage.Render(http, title, html =>
        {
            html.Append("<h1>Erweiterte Suche</h1>");
            SearchForm.Append(html, state, results);
            if (results is null)
            {
                html.Append("<div id=\"ergebnis\"><p role=\"alert\" class=\"notice\">").Append(HtmlPage.Encode(rejection ?? string.Empty));
                if (state.First("page").Length > 0)
                {
                    html.Append(" <a href=\"").Append(HtmlPage.Encode(state.Page(1))).Append("\">Zur ersten Seite</a>");
                }

                html.Append("</p></div>");
                return;
            }

            html.Append("<div id=\"ergebnis\">");
            FacetSidebar.AppendChips(html, state);
            html.Append("<div class=\"layout\"><aside aria-label=\"Filter\">");
            FacetSidebar.AppendFacets(html, state, results);
            html.Append("</aside><section class=\"results\" aria-labelledby=\"treffer\"><h2 id=\"treffer\" tabindex=\"-1\">")
                .Append(HitList.CountText(results.Total)).Append("</h2>");
            HitList.Append(html, state, results);
            html.Append("</section></div></div>");
        });
    }
}
