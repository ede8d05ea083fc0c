using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fundus.Querying;
using Fundus.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary>
/// The search page at <c>/</c> and <c>/suche</c>: a plain server-rendered form and result list in German that
/// works without JavaScript. Every echoed value is HTML-escaped; highlights arrive escaped from the engine.
/// </summary>
internal static class SearchPage
{
    private const string Css =
        """
        body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.5}
        form{display:flex;gap:.5rem;flex-wrap:wrap}input[type=search]{flex:1;min-width:12rem;padding:.5rem;font-size:1rem}
        button{padding:.5rem 1rem;font-size:1rem}mark{background:#ffe066;color:inherit}
        ol{padding-left:1.2rem}li{margin:1rem 0}.meta{color:#4a4a4a;font-size:.9rem}
        a:focus,input:focus,button:focus{outline:3px solid #1d4ed8;outline-offset:2px}
        """;

    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Render);
        routes.MapGet("/suche", Render);
        routes.MapGet("/assets/fundus.css", () => Results.Text(Css, "text/css; charset=utf-8"));
        return routes;
    }

    private static IResult Render(HttpContext http, FundusEngine engine)
    {
        var query = http.Request.Query["q"].ToString();
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        html.Append("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Erweiterte Suche – Fundus</title><link rel=\"stylesheet\" href=\"/assets/fundus.css\"></head><body>")
            .Append("<header><h1>Erweiterte Suche</h1></header><main>")
            .Append("<form role=\"search\" method=\"get\" action=\"/suche\"><label for=\"q\">Suchbegriffe</label>")
            .Append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").Append(encoder.Encode(query)).Append("\">")
            .Append("<button type=\"submit\">Suchen</button></form>");
        try
        {
            var results = engine.Search(SearchRequestBinder.Bind(http.Request.Query));
            html.Append("<p role=\"status\">").Append(CountText(results.Total)).Append("</p><ol>");
            foreach (var hit in results.Hits)
            {
                html.Append("<li><p>").Append(hit.Highlight).Append("</p>");
                var meta = new List<string>();
                if (hit.Format is not null)
                {
                    meta.Add(encoder.Encode(hit.Format));
                }

                // Author and place names link to their facet: all articles by that author, from that place.
                meta.AddRange(hit.Authors.Select(a => FacetLink("author", a)));
                meta.AddRange(hit.Places.Select(p => FacetLink("place", p)));
                if (hit.Published is { } published)
                {
                    meta.Add(published.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE")));
                }

                if (meta.Count > 0)
                {
                    html.Append("<p class=\"meta\">").Append(string.Join(" · ", meta)).Append("</p>");
                }

                html.Append("</li>");
            }

            html.Append("</ol>");
        }
        catch (QueryRejectedException e)
        {
            html.Append("<p role=\"alert\">").Append(encoder.Encode(e.Message)).Append("</p>");
        }

        html.Append("</main></body></html>");
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string FacetLink(string parameter, string value) =>
        $"<a href=\"/suche?{parameter}={Uri.EscapeDataString(value)}\">{HtmlEncoder.Default.Encode(value)}</a>";

    private static string CountText(long total) => total switch
    {
        0 => "Keine Treffer",
        1 => "1 Treffer",
        _ => $"{total.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))} Treffer",
    };
}
