using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>
/// The frame of every page: German, with landmarks, a skip link, Fundus's own stylesheet (no CDN) and a
/// Content-Security-Policy. Everything echoed goes through <see cref="Encode"/>.
/// </summary>
internal static class HtmlPage
{
    public const string Css =
        """
        :root{--ink:#1a1a1a;--muted:#4a4a4a;--accent:#1d4ed8;--mark:#ffe066}
        *{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;color:var(--ink);line-height:1.5}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        header,main,footer{max-width:64rem;margin:0 auto;padding:1rem}
        form.search{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end}form.search label{display:block;font-weight:600}
        input[type=search]{min-width:16rem;padding:.5rem;font-size:1rem;width:100%}button{padding:.5rem 1rem;font-size:1rem}
        .hint{color:var(--muted);font-size:.9rem}.layout{display:grid;grid-template-columns:15rem 1fr;gap:2rem}
        @media (max-width:48rem){.layout{grid-template-columns:1fr}}
        aside h2{font-size:1rem;margin:1rem 0 .25rem}aside ul{list-style:none;padding:0;margin:0}
        aside li a{display:flex;justify-content:space-between;gap:.5rem;padding:.1rem 0}
        a{color:var(--accent)}a[aria-current=true]{font-weight:700}mark{background:var(--mark);color:inherit}
        ol.hits{padding-left:1.2rem}ol.hits li{margin:1rem 0}.meta{color:var(--muted);font-size:.9rem}
        .chips a{display:inline-block;border:1px solid var(--accent);border-radius:1rem;padding:0 .6rem;margin:.2rem;text-decoration:none}
        nav.pages a,nav.pages span{margin-right:.5rem}
        a:focus,input:focus,button:focus{outline:3px solid var(--accent);outline-offset:2px}
        """;

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    public static IResult Render(HttpContext http, string title, Action<StringBuilder> main)
    {
        var html = new StringBuilder(8192);
        html.Append("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" – Fundus</title><link rel=\"stylesheet\" href=\"/assets/fundus.css\"></head><body>")
            .Append("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>")
            .Append("<header><p><a href=\"/\">Fundus</a> · Archivsuche</p></header><main id=\"inhalt\">");
        main(html);
        html.Append("</main><footer class=\"hint\">Suchhilfe: \"Wortgruppe\", -ausschließen, ODER, autor:, ort:, von:2024-01-01</footer></body></html>");
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
