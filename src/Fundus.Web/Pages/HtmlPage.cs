using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>
/// The frame of every page: German, with landmarks, a skip link, Fundus's own stylesheet and script (no CDN), a
/// live region for counts that change in place, and a Content-Security-Policy that allows nothing but Fundus
/// itself. Everything echoed goes through <see cref="Encode"/>.
/// </summary>
internal static class HtmlPage
{
    /// <summary>
    /// Only Fundus's own files; no inline script or style, so an injected tag could not run even if escaping
    /// failed (The_pages_send_a_content_security_policy_that_allows_only_fundus_itself).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// Escapes markup characters (&lt; &gt; &amp; " ' and the like) and leaves German letters readable:
    /// <c>Bürger:innen</c> stays as written rather than <c>B&amp;#xFC;rger</c>.
    /// </summary>
    public static string Encode(string text) => Encoder.Encode(text);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>A link to all articles with one facet value, as from an article's metadata.</summary>
    public static string FacetLink(string parameter, string value) =>
        $"<a href=\"{Encode(SearchState.FacetUrl(parameter, value))}\">{Encode(value)}</a>";

    public static IResult Render(HttpContext http, string title, Action<StringBuilder> main)
    {
        var html = new StringBuilder(16384);
        html.Append("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" – Fundus</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StaticAssets.StylesheetUrl).Append("\">")
            .Append("<script src=\"").Append(StaticAssets.ScriptUrl).Append("\" defer></script></head><body>")
            .Append("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>")
            .Append("<header><p><a href=\"/\">Fundus</a> · Archivsuche</p></header><main id=\"inhalt\">");
        main(html);
        html.Append("</main><div id=\"ansage\" class=\"visually-hidden\" aria-live=\"polite\" aria-atomic=\"true\"></div>")
            .Append("<footer><a href=\"/hilfe\">Suchhilfe</a> · <a href=\"/api/search\">JSON-API</a> · ")
            .Append("<a href=\"/openapi/v1.json\">OpenAPI</a></footer></body></html>");
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
