using System.Globalization;
using System.Text;
using Fundus.Searching;

namespace Fundus.Web;

/// <summary>
/// The facets beside the hits, with counts, and the chips of the active filters above them. A facet value is a
/// link that adds it to the search or, if selected, removes it; several values of one facet combine with OR and
/// keep the counts of the others (the engine counts each facet without its own filter).
/// </summary>
internal static class FacetSidebar
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static void AppendChips(StringBuilder html, SearchState state)
    {
        var active = SearchState.Facets
            .Select(f => (f.Parameter, f.Title))
            .Append((Parameter: "organization", Title: "Organisation"))
            .SelectMany(f => state.Values(f.Parameter).Select(value => (f.Parameter, f.Title, Value: value)))
            .ToList();
        var period = Period(state);
        if (active.Count == 0 && period is null)
        {
            return;
        }

        html.Append("<div class=\"chips\"><h2 class=\"visually-hidden\">Aktive Filter</h2><ul>");
        foreach (var (parameter, title, value) in active)
        {
            html.Append("<li><a href=\"").Append(HtmlPage.Encode(state.Toggle(parameter, value))).Append("\">")
                .Append(HtmlPage.Encode($"{title}: {value}")).Append("<span aria-hidden=\"true\"> ×</span><span class=\"visually-hidden\"> (Filter entfernen)</span></a></li>");
        }

        if (period is not null)
        {
            html.Append("<li><a href=\"").Append(HtmlPage.Encode(state.Without("from", "to"))).Append("\">")
                .Append(HtmlPage.Encode(period)).Append("<span aria-hidden=\"true\"> ×</span><span class=\"visually-hidden\"> (Filter entfernen)</span></a></li>");
        }

        html.Append("</ul><a class=\"clear\" href=\"").Append(HtmlPage.Encode(state.WithoutFilters())).Append("\">Alle Filter entfernen</a></div>");
    }

    public static void AppendFacets(StringBuilder html, SearchState state, SearchResults results)
    {
        html.Append("<h2 class=\"visually-hidden\">Filter</h2>");
        foreach (var (parameter, field, title) in SearchState.Facets)
        {
            if (!results.Facets.TryGetValue(field, out var values) || values.Count == 0)
            {
                continue;
            }

            var id = "facette-" + parameter;
            html.Append("<section class=\"facet\" aria-labelledby=\"").Append(id).Append("\"><h3 id=\"").Append(id).Append("\">")
                .Append(title).Append("</h3><ul>");
            foreach (var value in values)
            {
                var selected = state.IsSelected(parameter, value.Value);
                var count = value.Count.ToString("N0", German);
                html.Append("<li><a href=\"").Append(HtmlPage.Encode(state.Toggle(parameter, value.Value))).Append("\" data-facet")
                    .Append(selected ? " aria-current=\"true\" class=\"selected\"" : string.Empty).Append("><span class=\"box\" aria-hidden=\"true\"></span><span class=\"name\">")
                    .Append(HtmlPage.Encode(value.Value)).Append("</span><span class=\"count\">")
                    .Append(count).Append("<span class=\"visually-hidden\"> Treffer")
                    .Append(selected ? ", ausgewählt" : string.Empty).Append("</span></span></a></li>");
            }

            html.Append("</ul></section>");
        }
    }

    private static string? Period(SearchState state) => (state.First("from"), state.First("to")) switch
    {
        ("", "") => null,
        (var from, "") => $"Zeitraum: ab {from}",
        ("", var to) => $"Zeitraum: bis {to}",
        var (from, to) => $"Zeitraum: {from} bis {to}",
    };
}
