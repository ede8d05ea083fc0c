using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fundus.Web;

/// <summary>
/// Opens the engine in the background when the host starts, so that the server answers at once: 503 with a German
/// message and <c>Retry-After</c> while a missing or damaged index is rebuilt from the store (or the demo articles
/// are imported into an empty data directory), and searches as soon as it is done.
/// </summary>
internal sealed class EngineHost(FundusOptions options, ILoggerFactory loggers, IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    private static readonly TimeSpan WarmUpDelay = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource<FundusEngine> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggers.CreateLogger<EngineHost>();

    /// <summary>Completes with the engine once it is open.</summary>
    public Task<FundusEngine> Ready => _ready.Task;

    /// <summary>True once the engine is open and searches can be answered.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>The open engine. Requests reach no handler before <see cref="IsReady"/> (they get 503), so asking earlier is a mistake.</summary>
    public FundusEngine Engine => _ready.Task.IsCompletedSuccessfully
        ? _ready.Task.Result
        : throw new InvalidOperationException("The engine is still opening; wait for EngineHost.Ready.");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Open, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        if (_ready.Task.IsCompletedSuccessfully)
        {
            _ready.Task.Result.Dispose();
        }
    }

    private void Open()
    {
        FundusEngine engine;
        try
        {
            engine = FundusEngine.Open(options, loggers);
            engine.ImportSeedIfEmpty();

            // Loading the general thesaurus takes a second; do it now rather than in the first reader's search.
            _ = engine.Thesaurus.Current;
            _ready.SetResult(engine);
            _logger.LogInformation("Ready: {Articles} articles.", engine.Store.Count());
        }
        catch (Exception e)
        {
            // Nothing can be served without the store: say why and stop rather than answer 503 for ever.
            _logger.LogCritical(e, "Fundus could not open its data directory {Directory}.", options.DataDirectory);
            _ready.SetException(e);
            lifetime.StopApplication();
            return;
        }

        _ = WarmUpLaterAsync(engine);
    }

    /// <summary>
    /// Compiles the paths of a misspelled search and of a write while no one waits for them, once the first
    /// searches, which come as soon as the server is ready, have had the cores: warming up at once made the first
    /// answer after a start 0.4 s later (docs/benchmarks.md). A failure costs only the first such request's speed,
    /// so it is logged and serving goes on.
    /// </summary>
    private async Task WarmUpLaterAsync(FundusEngine engine)
    {
        await Task.Delay(WarmUpDelay).ConfigureAwait(false);
        try
        {
            engine.WarmUp();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or AggregateException or ObjectDisposedException)
        {
            _logger.LogWarning(e, "Warming up failed; the first write or misspelled search will be slower.");
        }
    }
}
