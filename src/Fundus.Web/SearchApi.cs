using System.Diagnostics;
using Fundus.Querying;
using Fundus.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Fundus.Storage;
using Fundus.Web.Security;

namespace Fundus.Web;

/// <summary>The JSON API: <c>GET /api/search</c> with every filter of the search page, and <c>GET /api/suggest</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", ([AsParameters] SearchParameters parameters, HttpContext http, FundusEngine engine, QueryLog log) =>
        {
            var clock = Stopwatch.StartNew();
            SearchResults results;
            try
            {
                var request = SearchRequestBinder.Bind(parameters) with { Access = FundusPolicies.AccessOf(http.User) };
                results = engine.Search(request);
                QueryStatistics.Record(log, request, results);
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
        })
            .WithSummary("Artikel suchen")
            .WithDescription("Treffer einer Seite mit Hervorhebung, Facetten mit Zählungen über alle Treffer und, wo die Suche wenig fand, ein Vorschlag (didYouMean).")
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/api/suggest", (string? q, FundusEngine engine) => Results.Ok(engine.Suggestions.For(q)))
            .WithSummary("Vorschläge beim Tippen")
            .WithDescription("Titel, Autorinnen und Autoren, Orte, Themen, Organisationen und Formate, von denen ein Wort so beginnt wie q (ab 2 Zeichen).")
            .Produces<IReadOnlyList<Suggestion>>();
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

/// <summary>What the query statistics count: first pages of searches with words, as readers start them.</summary>
internal static class QueryStatistics
{
    public static void Record(QueryLog log, SearchRequest request, SearchResults results)
    {
        if (request.Page == 1)
        {
            log.Record(request.Query, results.Total);
        }
    }
}
