using System.Text;
using Fundus.Storage;

namespace Fundus.Tests.Reliability;

/// <summary>A full disk during an import: a clear error, no partial article, and the same import works once space is freed.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void A_full_disk_during_an_import_stores_whole_batches_only_and_the_import_works_again_after_space_is_freed()
    {
        using var engine = _data.OpenEngine();
        var store = (SqliteArticleStore)engine.Store;
        var file = _data.File("gross.jsonl", BigImport(3_500));

        // Room for a little more than one batch of 1,000 articles.
        store.LimitPages(store.PageCount() + 400);
        var full = engine.Import([file]);

        var problem = Assert.Single(full.Problems);
        Assert.Contains("the disk is full", problem.Message, StringComparison.Ordinal);
        Assert.Contains("run the same import again", problem.Message, StringComparison.Ordinal);
        var stored = store.Count();
        Assert.True(stored % 1_000 == 0, $"{stored} articles stored: a batch was cut in half");
        Assert.InRange(stored, 0, 3_000);
        Assert.Equal("ok", store.CheckIntegrity());

        store.LimitPages(1_000_000_000);
        var again = engine.Import([file]);

        Assert.False(again.HasRejections);
        Assert.Equal(3_500 - stored, again.Created);
        Assert.Equal(stored, again.Unchanged);
        Assert.Equal(3_500, store.Count());
    }

    [Fact]
    public void A_full_disk_is_a_clear_error_of_the_store_and_nothing_of_the_write_is_kept()
    {
        using var engine = _data.OpenEngine();
        var store = (SqliteArticleStore)engine.Store;
        store.LimitPages(store.PageCount());
        var before = store.LastSequence();

        var error = Assert.Throws<StoreFullException>(() => store.Upsert([.. Enumerable.Range(0, 200).Select(i => new Article { Id = $"x{i}", Teaser = new string('a', 2_000) })]));

        Assert.Contains("disk is full", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.LastSequence());
        Assert.Null(store.Get("x0"));
    }

    private static string BigImport(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var body = string.Join(' ', Enumerable.Repeat($"Absatz {i} über die Verwaltung, ihre Bürgerdienste und die Digitalisierung der Kommune.", 12));
            text.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"g{i}", teaser = $"Artikel {i} über Kommunen und ihre Digitalisierung.", body })).Append('\n');
        }

        return text.ToString();
    }

    public void Dispose() => _data.Dispose();
}
