using Fundus.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fundus.Web;

/// <summary>
/// Builds the Fundus web host over one data directory: opens the engine, fills an empty store with the built-in
/// seed, keeps the index following the store in the background, and maps the search page and the API.
/// </summary>
public static class FundusWebApp
{
    public static WebApplication Build(FundusOptions options, string[]? urls = null, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        if (urls is { Length: > 0 })
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Request-by-request logs drown what an operator needs to see; Fundus logs its own events.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddSingleton(sp => OpenEngine(options, sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService<IndexFollowerService>();

        var app = builder.Build();
        app.UseServerTiming();
        app.UseExceptionHandler(errors => errors.Run(WriteProblemAsync));
        app.MapOpenApi();
        app.MapSearchApi();
        app.MapArticleApi();
        app.MapSearchPage();
        app.MapArticlePage();
        app.MapHelpPage();
        app.MapStaticAssets();
        return app;
    }

    private static FundusEngine OpenEngine(FundusOptions options, ILoggerFactory loggers)
    {
        var engine = FundusEngine.Open(options, loggers);
        engine.ImportSeedIfEmpty();

        // Loading the general thesaurus takes a second; do it now rather than in the first reader's search.
        _ = Task.Run(() => engine.Thesaurus.Current);
        return engine;
    }

    /// <summary>
    /// The last resort: an error that escaped an endpoint is Fundus's fault, logged by the middleware and
    /// answered with a problem that reveals nothing of the inside.
    /// </summary>
    private static Task WriteProblemAsync(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Error is QueryRejectedException rejected
            ? Problems.BadRequest(rejected)
            : Results.Problem(
                title: "Interner Fehler",
                detail: "Bei der Suche ist ein Fehler aufgetreten. Bitte später erneut versuchen.",
                statusCode: StatusCodes.Status500InternalServerError)).ExecuteAsync(context);
}

/// <summary>Runs the <see cref="Indexing.IndexFollower"/> for as long as the host lives.</summary>
internal sealed class IndexFollowerService(FundusEngine engine, ILogger<IndexFollowerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new Indexing.IndexFollower(engine, logger).RunAsync(stoppingToken);
}
