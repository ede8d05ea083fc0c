using Fundus.Enrichment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Fundus.Web.Security;

namespace Fundus.Web;

/// <summary><c>GET /api/articles/{id}</c>: one article with its metadata and where each value came from.</summary>
internal static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/articles/{id}", (string id, HttpContext http, FundusEngine engine) =>
            engine.Article(id, FundusPolicies.AccessOf(http.User)) is { } found
                ? Results.Ok(new ArticleResponse(found.Article, found.Provenance))
                : Results.Problem(title: "Nicht gefunden", detail: $"Es gibt keinen Artikel mit der Kennung „{id}“.", statusCode: StatusCodes.Status404NotFound));
        routes.MapGet("/api/articles/{id}/related", (string id, FundusEngine engine) =>
            engine.Related.For(id) is { } related
                ? Results.Ok(related)
                : Results.Problem(title: "Nicht gefunden", detail: $"Es gibt keinen Artikel mit der Kennung „{id}“.", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }
}

/// <summary>The article as Fundus shows it, and the provenance of its metadata (provided by the import or extracted by a rule).</summary>
internal sealed record ArticleResponse(Article Article, IReadOnlyList<Provenance> Provenance);
