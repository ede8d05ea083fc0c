using Fundus.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fundus.Web;

/// <summary>Writes the gathered query counts to the database every half minute and when the host stops.</summary>
internal sealed class QueryLogService(QueryLog log, ILogger<QueryLogService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
        }

        Flush();
    }

    private void Flush()
    {
        try
        {
            log.Flush();
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // Statistics are not worth failing a search for; the counts stay in memory for the next round.
            logger.LogWarning(e, "Writing the query statistics failed.");
        }
    }
}
