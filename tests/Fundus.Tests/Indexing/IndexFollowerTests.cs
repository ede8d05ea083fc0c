using Fundus.Indexing;
using Fundus.Searching;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fundus.Tests.Indexing;

public sealed class IndexFollowerTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task A_write_of_this_process_is_applied_without_waiting_for_the_next_round()
    {
        using var engine = _data.OpenEngine();
        using var stop = new CancellationTokenSource();

        // Rounds an hour apart: only the store's notice of the write can make the article searchable.
        var follower = new IndexFollower(engine, NullLogger.Instance).RunAsync(TimeSpan.FromHours(1), stop.Token);
        engine.Store.Upsert([new Article { Id = "sofort", Teaser = "Der Bürgerhaushalt der Gemeinde ist beschlossen." }]);
        var found = await Eventually(() => engine.Search(new SearchRequest { Query = "Bürgerhaushalt" }).Total == 1);
        engine.Store.Delete("sofort");
        var gone = await Eventually(() => engine.Search(new SearchRequest { Query = "Bürgerhaushalt" }).Total == 0);
        await stop.CancelAsync();
        await follower;

        Assert.True(found, "the written article became searchable");
        Assert.True(gone, "the deleted article left the index");
    }

    [Fact]
    public void A_write_that_changes_nothing_wakes_nobody()
    {
        using var engine = _data.OpenEngine();
        var article = new Article { Id = "gleich", Teaser = "Ein Teaser, zweimal gespeichert." };
        engine.Store.Upsert([article]);
        var notices = 0;
        engine.Store.Changed += (_, _) => notices++;

        engine.Store.Upsert([article]);
        engine.Store.Delete("gibt-es-nicht");
        engine.Store.Upsert([article with { Teaser = "Ein Teaser, geändert gespeichert." }]);

        Assert.Equal(1, notices);
    }

    public void Dispose() => _data.Dispose();

    /// <summary>Polls <paramref name="condition"/> for up to ten seconds: long enough for any machine, far below an hour.</summary>
    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
