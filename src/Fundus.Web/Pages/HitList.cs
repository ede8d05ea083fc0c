using System.Globalization;
using System.Text;
using Fundus.Searching;

namespace Fundus.Web;

/// <summary>
/// The hits of one page: format, authors, places and date above the teaser with the matched words marked, a link to
/// the article, and page numbers below. No hits: say so, offer the better spelling and a search without filters.
/// </summary>
internal static class HitList
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string CountText(long total) => total switch
    {
        0 => "Keine Treffer",
        1 => "1 Treffer",
        _ => $"{total.ToString("N0", German)} Treffer",
    };

    public static void Append(StringBuilder html, SearchState state, SearchResults results)
    {
        if (results.DidYouMean is { } better)
        {
            html.Append("<p class=\"notice\">Meinten Sie <a href=\"").Append(HtmlPage.Encode(state.With("q", better))).Append("\">")
                .Append(HtmlPage.Encode(better)).Append("</a>?</p>");
        }

        if (results.Relaxed)
        {
            html.Append("<p class=\"notice\">Kein Artikel enthält alle Suchbegriffe; das sind die besten Teiltreffer.</p>");
        }

        if (results.Total == 0)
        {
            html.Append("<p>Zu dieser Suche gibt es keine Artikel.");
            if (state.HasFilters)
            {
                html.Append(" <a href=\"").Append(HtmlPage.Encode(state.WithoutFilters())).Append("\">Ohne Filter suchen</a>");
            }

            html.Append("</p>");
            return;
        }

        if (results.Hits.Count == 0)
        {
            html.Append("<p class=\"notice\">Seite ").Append(results.Page).Append(" gibt es für diese Suche nicht. <a href=\"")
                .Append(HtmlPage.Encode(state.Page(1))).Append("\">Zur ersten Seite</a></p>");
            return;
        }

        var first = ((results.Page - 1) * results.Size) + 1;
        html.Append("<ol class=\"hits\" start=\"").Append(first).Append("\">");
        foreach (var hit in results.Hits)
        {
            AppendHit(html, hit);
        }

        html.Append("</ol>");
        AppendPages(html, state, results);
    }

    private static void AppendHit(StringBuilder html, SearchHit hit)
    {
        var href = "/artikel/" + Uri.EscapeDataString(hit.Id);
        html.Append("<li><article class=\"hit\">");
        if (hit.Title is { Length: > 0 } title)
        {
            html.Append("<h3><a href=\"").Append(href).Append("\">").Append(HtmlPage.Encode(title)).Append("</a></h3>");
        }

        var meta = new List<string>();
        if (hit.Format is not null)
        {
            meta.Add($"<span class=\"format\">{HtmlPage.Encode(hit.Format)}</span>");
        }

        // Author and place names link to their facet: all articles by that author, from that place.
        meta.AddRange(hit.Authors.Select(a => HtmlPage.FacetLink("author", a)));
        meta.AddRange(hit.Places.Select(p => HtmlPage.FacetLink("place", p)));
        if (hit.Published is { } published)
        {
            meta.Add($"<time datetime=\"{published:yyyy-MM-dd}\">{published.ToString("d. MMMM yyyy", German)}</time>");
        }

        if (meta.Count > 0)
        {
            html.Append("<p class=\"meta\">").Append(string.Join(" · ", meta)).Append("</p>");
        }

        // The highlight arrives HTML-escaped from the engine, with only <mark> added
        // (The_search_page_echoes_a_hostile_query_inert).
        html.Append("<p class=\"teaser\">").Append(hit.Highlight).Append("</p>");
        if (hit.Title is not { Length: > 0 })
        {
            html.Append("<p class=\"more\"><a href=\"").Append(href).Append("\">Zum Artikel<span class=\"visually-hidden\">: ")
                .Append(HtmlPage.Encode(Opening(hit.Teaser))).Append("</span></a></p>");
        }

        html.Append("</article></li>");
    }

    private static void AppendPages(StringBuilder html, SearchState state, SearchResults results)
    {
        var last = (int)Math.Min((results.Total + results.Size - 1) / results.Size, SearchRequest.MaxResultWindow / results.Size);
        if (last <= 1)
        {
            return;
        }

        html.Append("<nav class=\"pages\" aria-label=\"Seiten\"><ul>");
        if (results.Page > 1)
        {
            html.Append("<li><a rel=\"prev\" href=\"").Append(HtmlPage.Encode(state.Page(results.Page - 1))).Append("\">Zurück</a></li>");
        }

        for (var page = Math.Max(1, results.Page - 4); page <= Math.Min(last, results.Page + 4); page++)
        {
            html.Append(page == results.Page
                ? $"<li><span aria-current=\"page\"><span class=\"visually-hidden\">Seite </span>{page}</span></li>"
                : $"<li><a href=\"{HtmlPage.Encode(state.Page(page))}\"><span class=\"visually-hidden\">Seite </span>{page}</a></li>");
        }

        if (results.Page < last)
        {
            html.Append("<li><a rel=\"next\" href=\"").Append(HtmlPage.Encode(state.Page(results.Page + 1))).Append("\">Weiter</a></li>");
        }

        html.Append("</ul></nav>");
    }

    /// <summary>The first words of a teaser, so that each "Zum Artikel" link says which article it opens.</summary>
    private static string Opening(string teaser)
    {
        var words = teaser.Split(' ', 9, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? teaser : string.Join(' ', words.Take(8)) + " …";
    }
}
