using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary><c>/artikel/{id}</c>: one article, its metadata as links into the facets, and related articles.</summary>
internal static class ArticlePage
{
    public static IEndpointRouteBuilder MapArticlePage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/artikel/{id}", (string id, HttpContext http, FundusEngine engine) =>
        {
            if (engine.Article(id) is not { } found)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return HtmlPage.Render(http, "Nicht gefunden", html => html.Append("<h1>Artikel nicht gefunden</h1><p><a href=\"/\">Zur Suche</a></p>"));
            }

            var article = found.Article;
            return HtmlPage.Render(http, article.Title ?? "Artikel", html =>
            {
                html.Append("<article><h1>").Append(HtmlPage.Encode(article.Title ?? article.Format ?? "Artikel")).Append("</h1>")
                    .Append("<p>").Append(HtmlPage.Encode(article.Teaser)).Append("</p><dl>");
                Row(html, "Format", article.Format is null ? [] : [SearchPage.FacetLink("format", article.Format)]);
                Row(html, "Autorinnen und Autoren", article.Authors.Select(a => SearchPage.FacetLink("author", a)));
                Row(html, "Orte", article.Places.Select(p => SearchPage.FacetLink("place", p)));
                Row(html, "Themen", article.Topics.Select(t => SearchPage.FacetLink("topic", t)));
                Row(html, "Erschienen", article.Published is { } date ? [date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE"))] : []);
                html.Append("</dl></article><section aria-labelledby=\"aehnlich\"><h2 id=\"aehnlich\">Ähnliche Artikel</h2><ul>");
                foreach (var related in engine.Related.For(id) ?? [])
                {
                    var teaser = related.Teaser.Length > 160 ? related.Teaser[..160] + "…" : related.Teaser;
                    html.Append("<li><a href=\"/artikel/").Append(Uri.EscapeDataString(related.Id)).Append("\">")
                        .Append(HtmlPage.Encode(teaser)).Append("</a></li>");
                }

                html.Append("</ul></section>");
            });
        });
        return routes;
    }

    private static void Row(System.Text.StringBuilder html, string label, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            html.Append("<dt>").Append(label).Append("</dt><dd>").Append(string.Join(", ", list)).Append("</dd>");
        }
    }
}
