using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>
/// The state of the search page, read from its query string with empty values dropped (a submitted form sends
/// <c>author=</c> for an empty field), and the links that change one part of it. Every link leads back to
/// <c>/suche</c> with the whole state, so any view is a bookmark and the back button works.
/// </summary>
internal sealed class SearchState
{
    /// <summary>The facets of the sidebar: query-string name, field and heading.</summary>
    public static readonly (string Parameter, string Field, string Title)[] Facets =
    [
        ("format", ArticleFields.Format, "Format"),
        ("author", ArticleFields.Authors, "Autor/Autorin"),
        ("place", ArticleFields.Places, "Ort"),
        ("topic", ArticleFields.Topics, "Thema"),
        ("year", ArticleFields.Year, "Jahr"),
    ];

    /// <summary>Filters that narrow the hits; any of them set means "Alle Filter entfernen" has work to do.</summary>
    private static readonly string[] FilterParameters = ["format", "author", "place", "topic", "year", "organization", "from", "to"];

    private readonly Dictionary<string, List<string>> _parameters;

    public SearchState(IQueryCollection query)
    {
        _parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            var kept = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (kept.Count > 0)
            {
                _parameters[key] = kept;
            }
        }
    }

    public string Query => First("q");

    public bool HasFilters => FilterParameters.Any(_parameters.ContainsKey);

    public IReadOnlyList<string> Values(string parameter) =>
        _parameters.TryGetValue(parameter, out var values) ? values : [];

    public string First(string parameter) => Values(parameter) is [var first, ..] ? first : string.Empty;

    public bool IsSelected(string parameter, string value) => Values(parameter).Contains(value, StringComparer.Ordinal);

    /// <summary>The current search with one facet value added or, if it was selected, removed; back to page 1.</summary>
    public string Toggle(string parameter, string value) => Link(parameter, values =>
    {
        if (!values.Remove(value))
        {
            values.Add(value);
        }
    });

    /// <summary>The current search with one parameter set to a single value (the query, the sort); back to page 1.</summary>
    public string With(string parameter, string value) => Link(parameter, values =>
    {
        values.Clear();
        values.Add(value);
    });

    /// <summary>The current search without the given parameters; back to page 1.</summary>
    public string Without(params string[] parameters)
    {
        var copy = _parameters.Where(p => p.Key != "page" && !parameters.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Compose(copy);
    }

    /// <summary>The current search on another page.</summary>
    public string Page(int page) => Link("page", values =>
    {
        values.Clear();
        if (page > 1)
        {
            values.Add(page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }, keepPage: true);

    /// <summary>The same words, sort and page size, without any filter.</summary>
    public string WithoutFilters()
    {
        var kept = _parameters.Where(p => p.Key is "q" or "sort" or "size");
        return Compose(kept.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>A link to all articles with one facet value, as from an article's metadata.</summary>
    public static string FacetUrl(string parameter, string value) => $"/suche?{parameter}={Uri.EscapeDataString(value)}";

    private string Link(string parameter, Action<List<string>> change, bool keepPage = false)
    {
        var copy = _parameters.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        if (!keepPage)
        {
            copy.Remove("page");
        }

        var values = copy.TryGetValue(parameter, out var existing) ? existing : copy[parameter] = [];
        change(values);
        return Compose(copy);
    }

    private static string Compose(Dictionary<string, List<string>> parameters)
    {
        var pairs = parameters
            .Where(p => p.Key != "explain")
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v)}"))
            .ToList();
        return pairs.Count == 0 ? "/suche" : "/suche?" + string.Join('&', pairs);
    }
}
