using Fundus.Storage;

namespace Fundus.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private static Article Sample(string id, string teaser = "Die Stadt Linz führt einen KI-Kompass für die Verwaltung ein.") =>
        new() { Id = id, Teaser = teaser, Authors = ["Ulrike Huemer"], Published = new DateOnly(2024, 5, 31) };

    [Fact]
    public void Upsert_creates_new_articles_with_increasing_sequences()
    {
        using var store = SqliteArticleStore.OpenIn(_data.Path);

        var outcomes = store.Upsert([Sample("a"), Sample("b")]);

        Assert.Equal([UpsertKind.Created, UpsertKind.Created], outcomes.Select(o => o.Kind));
        Assert.Equal([1L, 2L], outcomes.Select(o => o.Sequence));
        Assert.Equal(2, store.Count());
        Assert.Equal(2, store.LastSequence());
    }

    [Fact]
    public void Upserting_the_same_content_again_changes_nothing()
    {
        using var store = SqliteArticleStore.OpenIn(_data.Path);
        store.Upsert([Sample("a")]);

        var outcome = Assert.Single(store.Upsert([Sample("a") with { Source = "another-file.jsonl:7" }]));

        Assert.Equal(UpsertKind.Unchanged, outcome.Kind);
        Assert.Equal(1, store.LastSequence());
    }

    [Fact]
    public void Changed_content_is_an_update_with_a_new_sequence_and_the_old_import_order()
    {
        using var store = SqliteArticleStore.OpenIn(_data.Path);
        store.Upsert([Sample("a"), Sample("b")]);

        var outcome = Assert.Single(store.Upsert([Sample("a", "Ein korrigierter Teaser über die Stadt Linz und ihre Verwaltung.")]));

        Assert.Equal(UpsertKind.Updated, outcome.Kind);
        Assert.Equal(3, outcome.Sequence);
        var change = Assert.Single(store.ChangesSince(2, 10));
        Assert.Equal(1, change.CreatedSequence);
        Assert.StartsWith("Ein korrigierter", store.Get("a")!.Teaser, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_leaves_a_change_that_an_index_can_follow()
    {
        using var store = SqliteArticleStore.OpenIn(_data.Path);
        store.Upsert([Sample("a")]);

        Assert.True(store.Delete("a"));
        Assert.False(store.Delete("a"));

        Assert.Null(store.Get("a"));
        Assert.Equal(0, store.Count());
        var change = Assert.Single(store.ChangesSince(1, 10));
        Assert.True(change.IsDeletion);
        Assert.Equal("a", change.Id);
    }

    [Fact]
    public void A_reopened_store_keeps_every_field_and_the_sequence()
    {
        var article = Sample("x") with
        {
            Title = "Kompass für KI",
            Body = "Langtext",
            Format = "Werkstattbericht",
            Places = ["Linz"],
            Organizations = ["Magistrat Linz"],
            Topics = ["Künstliche Intelligenz"],
            Url = "https://example.org/x",
            Access = ArticleAccess.Subscriber,
            Source = "feed.jsonl:1",
        };
        using (var store = SqliteArticleStore.OpenIn(_data.Path))
        {
            store.Upsert([article]);
        }

        using var reopened = SqliteArticleStore.OpenIn(_data.Path);

        Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(reopened.Get("x")!));
        Assert.Equal(1, reopened.LastSequence());
    }

    [Fact]
    public void Integrity_check_of_a_healthy_store_says_ok()
    {
        using var store = SqliteArticleStore.OpenIn(_data.Path);
        store.Upsert([Sample("a")]);

        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Fact]
    public void Counting_live_articles_reads_an_index_rather_than_the_articles()
    {
        using (var store = SqliteArticleStore.OpenIn(_data.Path))
        {
            store.Upsert([Sample("a"), Sample("b"), Sample("c")]);
            store.Delete("b");

            Assert.Equal(2, store.Count());
        }

        Assert.Contains("USING COVERING INDEX articles_live", CountPlan());
    }

    [Fact]
    public void A_store_without_the_count_index_gets_it_when_opened()
    {
        using (var store = SqliteArticleStore.OpenIn(_data.Path))
        {
            store.Upsert([Sample("a"), Sample("b")]);
        }

        Sql("DROP INDEX articles_live");
        Assert.Contains("SCAN articles", CountPlan());

        using (var reopened = SqliteArticleStore.OpenIn(_data.Path))
        {
            Assert.Equal(2, reopened.Count());
        }

        Assert.Contains("USING COVERING INDEX articles_live", CountPlan());
    }

    /// <summary>How SQLite runs the store's count of live articles, read from a connection of the test's own.</summary>
    private string CountPlan()
    {
        using var connection = SqliteArticleStore.Connect(SqliteArticleStore.PathIn(_data.Path));
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteArticleStore.CountLiveSql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(" | ", steps);
    }

    private void Sql(string statement)
    {
        using var connection = SqliteArticleStore.Connect(SqliteArticleStore.PathIn(_data.Path));
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _data.Dispose();
}
