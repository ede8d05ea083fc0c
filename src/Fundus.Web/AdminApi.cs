using System.Text.Json;
using Fundus.Importing;
using Fundus.Storage;
using Fundus.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Fundus.Web;

/// <summary>
/// The routes that change data or show what readers searched, each behind a role: <c>POST /api/articles</c> and
/// <c>DELETE /api/articles/{id}</c> (editor), <c>GET /api/admin/queries</c> (editor), <c>POST /api/reindex</c>
/// (admin). A batch is answered only after it is durable in the store; the index follows within a second.
/// </summary>
internal static class AdminApi
{
    private static readonly JsonDocumentOptions BatchJson = new() { MaxDepth = 16 };

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/articles", ImportBatchAsync)
            .RequireAuthorization(FundusPolicies.Editor)
            .WithSummary("Artikel anlegen oder ändern")
            .WithDescription("Ein JSON-Array von Artikeln (Felder wie beim Import, höchstens 1.000). Die Antwort kommt erst, wenn der Stapel dauerhaft gespeichert ist, mit einem Ergebnis je Artikel: created, updated, unchanged oder rejected mit Grund.")
            .Accepts<JsonElement>("application/json")
            .Produces<BatchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        routes.MapDelete("/api/articles/{id}", (string id, FundusEngine engine) =>
                engine.Store.Delete(id)
                    ? Results.NoContent()
                    : Results.Problem(title: "Nicht gefunden", detail: $"Es gibt keinen Artikel mit der Kennung „{id}“.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(FundusPolicies.Editor)
            .WithSummary("Artikel löschen")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/reindex", (FundusEngine engine) =>
            {
                // The index owner's follower picks the request up within a second; searches go on meanwhile.
                File.WriteAllText(engine.Index.Layout.RebuildRequestFile, DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                return Results.Accepted(value: new { message = "Der Index wird neu aufgebaut; bis dahin antwortet der bisherige." });
            })
            .RequireAuthorization(FundusPolicies.Admin)
            .WithSummary("Index neu aufbauen")
            .Produces(StatusCodes.Status202Accepted);
        routes.MapGet("/api/admin/queries", (QueryLog log, int? days, int? size) =>
            {
                var span = Math.Clamp(days ?? 30, 1, 366);
                var top = Math.Clamp(size ?? 50, 1, 1000);
                return Results.Ok(new QueryReport(span, log.Top(span, top), log.ZeroResults(span, top)));
            })
            .RequireAuthorization(FundusPolicies.Editor)
            .WithSummary("Suchanfragen der Leserinnen und Leser")
            .WithDescription("Häufigste Anfragen und Anfragen ohne Treffer der letzten Tage, zusammengezählt; ohne IP-Adresse, Nutzer oder Uhrzeit.")
            .Produces<QueryReport>();
        return routes;
    }

    private static async Task<IResult> ImportBatchAsync(HttpContext http, FundusEngine engine, FundusWebOptions options)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, BatchJson, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Problems.Invalid($"Der Inhalt ist kein gültiges JSON: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(
                title: "Zu groß",
                detail: $"Eine Anfrage darf höchstens {options.MaxRequestBodyBytes / (1024 * 1024)} MiB haben; bitte in kleineren Stapeln senden.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Problems.Invalid("Erwartet wird ein JSON-Array von Artikeln: [ { \"teaser\": \"…\" } ].");
            }

            var count = document.RootElement.GetArrayLength();
            if (count > options.MaxBatchSize)
            {
                return Problems.Invalid($"Höchstens {options.MaxBatchSize} Artikel je Anfrage; gesendet: {count}.");
            }

            var results = new ArticleResult[count];
            var accepted = new List<(int Position, Article Article)>();
            var position = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var warnings = new List<string>();
                var article = JsonArticle.Read(element, "api", warnings, out var error);
                results[position] = article is null
                    ? new ArticleResult(position, null, "rejected", error, warnings)
                    : new ArticleResult(position, article.Id, "pending", null, warnings);
                if (article is not null)
                {
                    accepted.Add((position, article));
                }

                position++;
            }

            // Two entries with one id in a batch: the later one wins, as in a file import.
            var last = accepted.GroupBy(a => a.Article.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            foreach (var duplicate in accepted.Except(last))
            {
                results[duplicate.Position] = results[duplicate.Position] with { Status = "rejected", Reason = "the same id appears later in this batch, which wins" };
            }

            // One transaction with synchronous=FULL: when Upsert returns, the batch survives a crash.
            var outcomes = engine.Store.Upsert([.. last.Select(a => a.Article)]);
            for (var i = 0; i < last.Count; i++)
            {
                results[last[i].Position] = results[last[i].Position] with { Status = outcomes[i].Kind.ToString().ToLowerInvariant() };
            }

            return Results.Ok(new BatchResponse(
                results.Count(r => r.Status == "created"),
                results.Count(r => r.Status == "updated"),
                results.Count(r => r.Status == "unchanged"),
                results.Count(r => r.Status == "rejected"),
                engine.Store.LastSequence(),
                results));
        }
    }
}

/// <summary>What happened to one article of a batch, by its position in the array.</summary>
internal sealed record ArticleResult(int Position, string? Id, string Status, string? Reason, IReadOnlyList<string> Warnings);

/// <summary>The answer to a batch; <c>sequence</c> is the store's change sequence after it.</summary>
internal sealed record BatchResponse(int Created, int Updated, int Unchanged, int Rejected, long Sequence, IReadOnlyList<ArticleResult> Results);

/// <summary>Aggregated query statistics of the last <c>days</c> days.</summary>
internal sealed record QueryReport(int Days, IReadOnlyList<QueryCount> Top, IReadOnlyList<QueryCount> ZeroResults);
