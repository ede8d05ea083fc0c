using System.Threading.RateLimiting;
using Fundus.Access;
using Fundus.Querying;
using Fundus.Storage;
using Fundus.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fundus.Web;

/// <summary>
/// Builds the Fundus web host over one data directory: opens the engine in the background (503 until it is ready),
/// fills an empty store with the built-in seed, keeps the index following the store, authenticates API keys and
/// subscriber tokens, bounds concurrency (429 beyond it), and maps the pages and the API.
/// </summary>
public static class FundusWebApp
{
    public static WebApplication Build(FundusOptions options, string[]? urls = null, string[]? args = null, FundusWebOptions? web = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The content root is where Fundus is installed, not the working directory: the host watches its content root,
        // subfolders and all, for changed settings, and from a large working directory (a home or a source tree) that
        // took half a minute before the first answer (The_content_root_is_the_install_directory_not_the_working_directory).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (urls is { Length: > 0 })
        {
            builder.WebHost.UseUrls(urls);
        }

        web ??= WebOptionsFrom(builder.Configuration);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Request-by-request logs drown what an operator needs to see; Fundus logs its own events.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Fundus.Web.Security", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(web);
        builder.Services.AddSingleton<EngineHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EngineHost>());

        // Resolved only by handlers, which run once the engine is open (before, the middleware below answers 503).
        builder.Services.AddSingleton(sp => sp.GetRequiredService<EngineHost>().Engine);
        builder.Services.AddSingleton(_ => ApiKeyStore.OpenIn(options.DataDirectory));
        builder.Services.AddSingleton(_ => new QueryLog(options.DataDirectory, options.QueryLogRetentionDays));
        builder.Services.AddHostedService<IndexFollowerService>();
        builder.Services.AddHostedService<QueryLogService>();
        builder.Services.AddAuthentication(FundusAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, FundusAuthentication>(FundusAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(FundusPolicies.Editor, policy => policy.RequireRole(nameof(ApiKeyRole.Editor)))
            .AddPolicy(FundusPolicies.Admin, policy => policy.RequireRole(nameof(ApiKeyRole.Admin)));
        builder.Services.AddRateLimiter(limits =>
        {
            // One bounded queue for all: when it is full the server says so at once (429) instead of piling up
            // requests it will answer too late (Overload_is_answered_with_429_and_retry_after).
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter(
                "all", _ => new ConcurrencyLimiterOptions { PermitLimit = web.MaxConcurrentRequests, QueueLimit = web.RequestQueueLimit }));
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Results.Problem(
                    title: "Zu viele Anfragen",
                    detail: "Fundus ist gerade ausgelastet. Bitte in einer Sekunde erneut versuchen.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
            };
        });

        // Searches run synchronously on pool threads. With only as many threads as cores, a burst of requests
        // would wait in the thread pool's own unbounded queue before reaching the limiter; enough threads let every
        // request reach it at once and wait there, bounded, or be refused (bench/overload.sh shows the difference).
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, web.MaxConcurrentRequests + 16), completion);

        var app = builder.Build();
        app.UseServerTiming();
        app.UseExceptionHandler(errors => errors.Run(WriteProblemAsync));
        app.UseRateLimiter();
        app.Use((context, next) =>
        {
            // While the engine opens, everything but the static files and the API description waits for it:
            // answer 503 here, an expected state, rather than as an error from deep inside a handler.
            var path = context.Request.Path;
            if (context.RequestServices.GetRequiredService<EngineHost>().IsReady || path.StartsWithSegments("/assets") || path.StartsWithSegments("/openapi"))
            {
                return next(context);
            }

            if (path.StartsWithSegments("/api"))
            {
                return NotReady(context).ExecuteAsync(context);
            }

            // A reader opening the page gets a page, in German, that says why and reloads itself later.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return HtmlPage.Render(context, "Gleich wieder da", html => html
                .Append("<h1>Gleich wieder da</h1><p>Fundus baut gerade den Suchindex aus dem Archiv auf. ")
                .Append("Bitte laden Sie die Seite in einigen Sekunden neu.</p>")).ExecuteAsync(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapSearchApi();
        app.MapArticleApi();
        app.MapAdminApi();
        app.MapSearchPage();
        app.MapArticlePage();
        app.MapHelpPage();
        app.MapStaticAssets();
        return app;
    }

    private static FundusWebOptions WebOptionsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection("Fundus");
        var defaults = new FundusWebOptions();
        return new FundusWebOptions
        {
            MaxConcurrentRequests = section.GetValue(nameof(FundusWebOptions.MaxConcurrentRequests), defaults.MaxConcurrentRequests),
            RequestQueueLimit = section.GetValue(nameof(FundusWebOptions.RequestQueueLimit), defaults.RequestQueueLimit),
            MaxBatchSize = section.GetValue(nameof(FundusWebOptions.MaxBatchSize), defaults.MaxBatchSize),
            MaxRequestBodyBytes = section.GetValue(nameof(FundusWebOptions.MaxRequestBodyBytes), defaults.MaxRequestBodyBytes),
            SubscriberSecret = SubscriberSecretFrom(section[nameof(FundusWebOptions.SubscriberSecret)] ?? Environment.GetEnvironmentVariable("FUNDUS_SUBSCRIBER_SECRET")),
        };
    }

    private static string? SubscriberSecretFrom(string? secret) => secret switch
    {
        null or "" => null,
        { Length: < SubscriberToken.MinSecretLength } => throw new InvalidOperationException(
            $"The subscriber secret must have at least {SubscriberToken.MinSecretLength} characters; a short one can be guessed."),
        _ => secret,
    };

    /// <summary>
    /// The last resort: an error that escaped an endpoint is answered with a problem that reveals nothing of the
    /// inside. One is expected and said plainly: a full disk (507).
    /// </summary>
    private static Task WriteProblemAsync(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            QueryRejectedException rejected => Problems.BadRequest(rejected),
            StoreFullException => Results.Problem(
                title: "Speicher voll",
                detail: "Der Speicherplatz reicht nicht; nichts von dieser Anfrage wurde gespeichert. Nach dem Freigeben von Platz erneut senden.",
                statusCode: StatusCodes.Status507InsufficientStorage),
            _ => Results.Problem(
                title: "Interner Fehler",
                detail: "Bei der Suche ist ein Fehler aufgetreten. Bitte später erneut versuchen.",
                statusCode: StatusCodes.Status500InternalServerError),
        }).ExecuteAsync(context);

    private static IResult NotReady(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return Results.Problem(
            title: "Gleich wieder da",
            detail: "Fundus baut gerade den Suchindex aus dem Archiv auf. Bitte in einigen Sekunden erneut versuchen.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>Runs the <see cref="Indexing.IndexFollower"/> for as long as the host lives, once the engine is open.</summary>
internal sealed class IndexFollowerService(EngineHost host, ILogger<IndexFollowerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        FundusEngine engine;
        try
        {
            engine = await host.Ready.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException || host.Ready.IsFaulted)
        {
            // Stopping, or the engine never opened (EngineHost logged why and stops the host).
            return;
        }

        await new Indexing.IndexFollower(engine, logger).RunAsync(stoppingToken).ConfigureAwait(false);
    }
}
