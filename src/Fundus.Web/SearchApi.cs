using System.Diagnostics;
using Fundus.Querying;
using Fundus.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary>The JSON API: <c>GET /api/search?q=…&amp;page=…&amp;size=…</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", (HttpRequest http, FundusEngine engine) =>
        {
            var clock = Stopwatch.StartNew();
            SearchResults results;
            try
            {
                results = engine.Search(SearchRequestBinder.Bind(http.Query));
            }
            catch (QueryRejectedException e)
            {
                return Problems.BadRequest(e);
            }

            return Results.Ok(new SearchResponse(
                results.Total,
                results.Page,
                results.Size,
                clock.Elapsed.TotalMilliseconds,
                results.Hits,
                results.Facets,
                results.DidYouMean,
                results.Relaxed));
        });
        routes.MapGet("/api/suggest", (string? q, FundusEngine engine) => Results.Ok(engine.Suggestions.For(q)));
        return routes;
    }
}

/// <summary>
/// The body of <c>/api/search</c>. <c>teaser</c> is plain text; the marked-up version is <c>highlight</c>.
/// <c>relaxed</c> says that no article matched every word and these are the best partial matches.
/// </summary>
internal sealed record SearchResponse(
    long Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean,
    bool Relaxed);

/// <summary>Reads a <see cref="SearchRequest"/> from the query string; a malformed number is the reader's mistake.</summary>
internal static class SearchRequestBinder
{
    /// <summary>Query-string names of the filters, and the fields they filter (several values of one: OR).</summary>
    public static IReadOnlyDictionary<string, string> FilterParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["author"] = ArticleFields.Authors,
        ["format"] = ArticleFields.Format,
        ["place"] = ArticleFields.Places,
        ["organization"] = ArticleFields.Organizations,
        ["topic"] = ArticleFields.Topics,
        ["year"] = ArticleFields.Year,
    };

    public static SearchRequest Bind(IQueryCollection query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (parameter, field) in FilterParameters)
        {
            var values = query[parameter].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();
            if (values.Count > SearchRequest.MaxFilterValues)
            {
                throw new QueryRejectedException($"Höchstens {SearchRequest.MaxFilterValues} Werte für „{parameter}“.");
            }

            if (values.Count > 0)
            {
                filters[field] = values;
            }
        }

        return new SearchRequest
        {
            Query = query["q"].ToString(),
            Filters = filters,
            Sort = SortOf(query["sort"].ToString()),
            From = DateOf(query, "from"),
            To = DateOf(query, "to"),
            Page = Number(query, "page", 1),
            Size = Number(query, "size", 10),
            Explain = string.Equals(query["explain"].ToString(), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static SearchSort SortOf(string text) => text switch
    {
        "" or "relevance" or "relevanz" => SearchSort.Relevance,
        "newest" or "neueste" => SearchSort.Newest,
        "oldest" or "aelteste" or "älteste" => SearchSort.Oldest,
        _ => throw new QueryRejectedException("„sort“ kennt relevance, newest und oldest."),
    };

    private static DateOnly? DateOf(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new QueryRejectedException($"„{name}“ muss ein Datum wie 2024-06-30 sein.");
    }

    private static int Number(IQueryCollection query, string name, int fallback)
    {
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new QueryRejectedException($"„{name}“ muss eine ganze Zahl sein.");
    }
}
