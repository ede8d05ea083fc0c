using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Fundus.Web.Security;

namespace Fundus.Web;

/// <summary><c>/artikel/{id}</c>: one article, its metadata as links into the facets, and related articles.</summary>
internal static class ArticlePage
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IEndpointRouteBuilder MapArticlePage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/artikel/{id}", (string id, HttpContext http, FundusEngine engine) =>
        {
            if (engine.Article(id, FundusPolicies.AccessOf(http.User)) is not { } found)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return HtmlPage.Render(http, "Nicht gefunden", html => html.Append("<h1>Artikel nicht gefunden</h1><p><a href=\"/\">Zur Suche</a></p>"));
            }

            var article = found.Article;
            return HtmlPage.Render(http, article.Title ?? Heading(article), html =>
            {
                html.Append("<p><a href=\"/suche\">Zur Suche</a></p><article class=\"full\"><h1>")
                    .Append(HtmlPage.Encode(article.Title ?? Heading(article))).Append("</h1>")
                    .Append("<p class=\"teaser\">").Append(HtmlPage.Encode(article.Teaser)).Append("</p>");

                // A subscriber article's body reaches this page only for a subscriber: else the engine returns its public view.
                foreach (var paragraph in (article.Body ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    html.Append("<p>").Append(HtmlPage.Encode(paragraph)).Append("</p>");
                }

                html.Append("<h2 class=\"visually-hidden\">Angaben zum Artikel</h2><dl>");
                Row(html, "Format", article.Format is null ? [] : [HtmlPage.FacetLink("format", article.Format)]);
                Row(html, "Autorinnen und Autoren", article.Authors.Select(a => HtmlPage.FacetLink("author", a)));
                Row(html, "Orte", article.Places.Select(p => HtmlPage.FacetLink("place", p)));
                Row(html, "Organisationen", article.Organizations.Select(o => HtmlPage.FacetLink("organization", o)));
                Row(html, "Themen", article.Topics.Select(t => HtmlPage.FacetLink("topic", t)));
                Row(html, "Erschienen", article.Published is { } date ? [date.ToString("d. MMMM yyyy", German)] : []);
                if (article.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
                {
                    Row(html, "Quelle", [$"<a href=\"{HtmlPage.Encode(link.AbsoluteUri)}\">{HtmlPage.Encode(link.Host)}</a>"]);
                }

                html.Append("</dl></article><section class=\"related\" aria-labelledby=\"aehnlich\"><h2 id=\"aehnlich\">Ähnliche Artikel</h2>");
                var related = engine.Related.For(id) ?? [];
                if (related.Count == 0)
                {
                    html.Append("<p>Keine ähnlichen Artikel gefunden.</p>");
                }
                else
                {
                    html.Append("<ul>");
                    foreach (var other in related)
                    {
                        var teaser = other.Teaser.Length > 160 ? other.Teaser[..160] + "…" : other.Teaser;
                        html.Append("<li><a href=\"/artikel/").Append(Uri.EscapeDataString(other.Id)).Append("\">")
                            .Append(HtmlPage.Encode(other.Title ?? teaser)).Append("</a></li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</section>");
            });
        }).ExcludeFromDescription();
        return routes;
    }

    /// <summary>A heading for an article without a title: its format and authors, which the teaser named.</summary>
    private static string Heading(Article article)
    {
        var format = article.Format ?? "Artikel";
        return article.Authors.Count > 0 ? $"{format} von {string.Join(", ", article.Authors)}" : format;
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
