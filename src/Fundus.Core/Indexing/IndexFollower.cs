using Microsoft.Extensions.Logging;

namespace Fundus.Indexing;

/// <summary>
/// Keeps a long-running process's index current: several times a second it applies new store changes (written
/// by an import in another process, say), serves rebuild requests left by <c>fundus reindex</c>, or, without the
/// writer lease, follows the owner's commits. Makes an acknowledged write searchable well within a second.
/// </summary>
public sealed class IndexFollower(FundusEngine engine, ILogger logger)
{
    public static TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(200);

    public async Task RunAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
            {
                Step();
            }
        }
        catch (OperationCanceledException)
        {
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
