using Microsoft.Extensions.Logging;

namespace Fundus.Indexing;

/// <summary>
/// Keeps a long-running process's index current: it applies a write of this process as soon as the store has
/// made it durable, and several times a second it applies store changes written by another process (an import,
/// say), serves rebuild requests left by <c>fundus reindex</c>, or, without the writer lease, follows the owner's
/// commits. Makes an acknowledged write searchable well within a second.
/// </summary>
public sealed class IndexFollower(FundusEngine engine, ILogger logger)
{
    /// <summary>The longest wait between two rounds when this process writes nothing.</summary>
    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromMilliseconds(200);

    // At most one wake-up waits: writes that arrive during a round are all applied by the next one.
    private readonly SemaphoreSlim _wake = new(0, 1);

    public Task RunAsync(CancellationToken cancellation) => RunAsync(DefaultInterval, cancellation);

    /// <summary>
    /// Runs rounds until cancelled: one at once after a write of this process, otherwise one every
    /// <paramref name="interval"/> (<c>A_write_of_this_process_is_applied_without_waiting_for_the_next_round</c>).
    /// </summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellation)
    {
        engine.Store.Changed += OnStoreChanged;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                await _wake.WaitAsync(interval, cancellation).ConfigureAwait(false);
                Step();
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            engine.Store.Changed -= OnStoreChanged;
        }
    }

    private void OnStoreChanged(object? sender, EventArgs e)
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already waiting; the round it starts applies this write too.
        }
    }

    /// <summary>One round: rebuild if asked, else catch up (or follow).</summary>
    public void Step()
    {
        var index = engine.Index;
        try
        {
            if (index.IsWriter && File.Exists(index.Layout.RebuildRequestFile))
            {
                File.Delete(index.Layout.RebuildRequestFile);
                logger.LogInformation("Rebuilding the index on request.");
                index.Rebuild();
                return;
            }

            if (!index.IsWriter || engine.Store.LastSequence() > index.Sequence)
            {
                index.CatchUp();
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The next round tries again; the store still holds everything.
            logger.LogWarning(e, "Keeping the index current failed; retrying.");
        }
    }
}
