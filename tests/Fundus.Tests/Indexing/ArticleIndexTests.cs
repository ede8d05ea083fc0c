using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Fundus.Analysis;
using Fundus.Importing;
using Fundus.Searching;

namespace Fundus.Tests.Indexing;

public sealed class ArticleIndexTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private static Article Article(string id, string teaser) => new() { Id = id, Teaser = teaser };

    private static long Hits(FundusEngine engine, string query) => engine.Search(new SearchRequest { Query = query }).Total;

    [Fact]
    public void The_index_equals_the_store_after_reindex()
    {
        using var engine = _data.OpenEngine();
        engine.Import([SeedFile.CopyInto(_data)]);
        engine.Store.Delete(engine.Store.ChangesSince(0, 1)[0].Id);
        engine.Store.Upsert([Article("neu", "Ein neuer Teaser über Open Source in Kommunen.")]);

        var count = engine.Index.Rebuild();

        Assert.Equal(SeedFile.TeaserCount, count);
        Assert.Equal(IndexMirror.StoredHashes(engine), IndexMirror.IndexedHashes(engine));
        Assert.Equal(engine.Store.LastSequence(), engine.Index.Sequence);
    }

    [Fact]
    public async Task Searches_keep_answering_while_the_index_is_rebuilt()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        engine.Store.Upsert(Enumerable.Range(0, 2_000)
            .Select(i => Article($"extra-{i}", $"Teaser {i} über Verwaltungsdigitalisierung und Bürgerbeteiligung in Kommunen."))
            .ToList());
        engine.Index.CatchUp();
        var expected = Hits(engine, "Geisterstädten");

        var rebuild = Task.Run(() => engine.Index.Rebuild());
        var answers = new List<long>();
        while (!rebuild.IsCompleted)
        {
            answers.Add(Hits(engine, "Geisterstädten"));
        }

        await rebuild;
        answers.Add(Hits(engine, "Geisterstädten"));
        Assert.NotEmpty(answers);
        Assert.All(answers, total => Assert.Equal(expected, total));
    }

    [Fact]
    public void An_article_changed_while_the_index_is_rebuilt_is_indexed_once()
    {
        using var store = StoreWritingDuringReads(beforeRead: 2, write: s => s.Upsert([Article("a-0", "Nachträglich geänderter Teaser über Glasfaser.")]));
        store.Upsert(Enumerable.Range(0, 6).Select(i => Article($"a-{i}", $"Teaser {i} über Bürgerbeteiligung.")).ToList());
        using var analyzer = new FundusAnalyzer();
        using var index = ArticleIndex.Open(_data.Path, store, analyzer);
        index.ChangeBatchSize = 2;

        index.Rebuild();

        // a-0 was added from the first batch; the change written before the second read comes after the others.
        var ids = index.Search(searcher => Enumerable.Range(0, searcher.IndexReader.MaxDoc)
            .Where(doc => MultiFields.GetLiveDocs(searcher.IndexReader)?.Get(doc) ?? true)
            .Select(doc => IndexedArticles.Read(searcher.IndexReader, doc))
            .ToList())!;
        Assert.Equal(6, ids.Count);
        Assert.Single(ids, a => a.Id == "a-0");
        Assert.Contains("Glasfaser", ids.Single(a => a.Id == "a-0").Teaser, StringComparison.Ordinal);
        Assert.Equal(store.LastSequence(), index.Sequence);
    }

    [Fact]
    public void Warming_up_changes_neither_store_nor_index()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        var stored = IndexMirror.StoredHashes(engine);
        var (sequence, indexSequence) = (engine.Store.LastSequence(), engine.Index.Sequence);

        engine.WarmUp();

        Assert.Equal(sequence, engine.Store.LastSequence());
        Assert.Equal(indexSequence, engine.Index.Sequence);
        Assert.Equal(stored, IndexMirror.StoredHashes(engine));
        Assert.Equal(stored, IndexMirror.IndexedHashes(engine));
        Assert.Null(engine.Store.Get("warm-up"));
        Assert.Equal(0, Hits(engine, "\"Digitalbeauftragte Anna Schmidt\""));
    }

    [Fact]
    public void A_bulk_catch_up_merges_the_index_into_one_segment_and_small_writes_do_not()
    {
        using var engine = _data.OpenEngine();
        engine.Index.CompactAfterChanges = 50;
        for (var batch = 0; batch < 3; batch++)
        {
            engine.Store.Upsert([Article($"klein-{batch}", $"Kleiner Nachtrag {batch} zur Verwaltungsdigitalisierung.")]);
            engine.Index.CatchUp();
        }

        Assert.Equal(3, Segments(engine));

        engine.Store.Upsert(Enumerable.Range(0, 60).Select(i => Article($"gross-{i}", $"Massenimport {i} über Bürgerbeteiligung.")).ToList());
        engine.Index.CatchUp();

        Assert.Equal(1, Segments(engine));
        Assert.Equal(63, Hits(engine, ""));
        Assert.Equal(60, Hits(engine, "Massenimport"));
    }

    [Fact]
    public void The_index_stores_no_bodies_and_related_articles_still_read_them_from_the_store()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        engine.Store.Upsert([
            new Article { Id = "quelle", Teaser = "Ein Artikel.", Body = "Zisternen und Regenrückhaltebecken schützen vor Starkregen." },
            new Article { Id = "nachbar", Teaser = "Ein anderer Artikel.", Body = "Regenrückhaltebecken und Zisternen gegen Starkregen." },
        ]);
        engine.Index.CatchUp();

        var (indexed, stored) = engine.Index.Search(searcher =>
        {
            var doc = searcher.Search(new TermQuery(new Term(ArticleFields.Id, "quelle")), 1).ScoreDocs[0].Doc;
            return (IndexedArticles.Read(searcher.IndexReader, doc), string.Join("\n", searcher.Doc(doc).Fields.Select(f => f.GetStringValue())));
        });

        Assert.Equal("quelle", indexed.Id);
        Assert.Null(indexed.Body);
        Assert.DoesNotContain("Zisternen", stored, StringComparison.Ordinal);
        Assert.Equal("nachbar", engine.Related.For("quelle")![0].Id);
    }

    private static int Segments(FundusEngine engine) => engine.Index.Search(searcher => searcher.IndexReader.Leaves.Count);

    [Fact]
    public void Reindex_switches_to_a_new_generation_and_removes_the_old_one()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        var before = engine.Index.Layout.CurrentGeneration;

        engine.Index.Rebuild();

        var after = engine.Index.Layout.CurrentGeneration;
        Assert.NotEqual(before, after);
        Assert.False(Directory.Exists(engine.Index.Layout.PathOf(before!)));
        Assert.Equal(SeedFile.TeaserCount, engine.Search(new SearchRequest()).Total);
    }

    [Fact]
    public void A_crash_after_the_store_commit_and_before_the_index_commit_is_healed_on_the_next_start()
    {
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();

            // The store commits; the process dies before the index applies and commits the change.
            engine.Store.Upsert([Article("spaet", "Die Zwillingsstadt Tiflis erprobt digitale Zwillinge.")]);
            engine.Index.SimulateCrash();
        }

        using var restarted = _data.OpenEngine();

        Assert.Equal(1, Hits(restarted, "Tiflis"));
        Assert.Equal(IndexMirror.StoredHashes(restarted), IndexMirror.IndexedHashes(restarted));
    }

    [Fact]
    public void Index_writes_that_were_never_committed_are_redone_after_a_crash()
    {
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();
            engine.Store.Upsert([Article("halb", "Kommunale Rechenzentren in Thüringen bündeln ihre Kräfte.")]);
            Assert.Equal(1, engine.Index.ApplyWithoutCommit());
            engine.Index.SimulateCrash();
        }

        using var restarted = _data.OpenEngine();

        Assert.Equal(1, Hits(restarted, "Rechenzentren"));
        Assert.Equal(restarted.Store.LastSequence(), restarted.Index.Sequence);
    }

    [Fact]
    public void A_deleted_article_disappears_from_search_after_catch_up()
    {
        using var engine = _data.OpenEngine();
        engine.Store.Upsert([Article("weg", "Ein Teaser über Geisterstädte und Leuchtturmprojekte.")]);
        engine.Index.CatchUp();
        Assert.Equal(1, Hits(engine, "Geisterstädte"));

        engine.Store.Delete("weg");
        engine.Index.CatchUp();

        Assert.Equal(0, Hits(engine, "Geisterstädte"));
    }

    [Fact]
    public void Only_one_engine_writes_the_index_and_the_other_follows_its_commits()
    {
        using var owner = _data.OpenEngine();
        owner.ImportSeedIfEmpty();
        using var follower = _data.OpenEngine();
        Assert.True(owner.Index.IsWriter);
        Assert.False(follower.Index.IsWriter);

        // An import through the follower lands in the store; the owner indexes it, the follower sees the commit.
        follower.Store.Upsert([Article("folge", "Die Gemeinde Wendlingen digitalisiert ihr Bauamt.")]);
        follower.Index.CatchUp();
        Assert.Equal(0, Hits(follower, "Wendlingen"));
        owner.Index.CatchUp();
        follower.Index.Follow();

        Assert.Equal(1, Hits(follower, "Wendlingen"));
    }

    [Fact]
    public void The_follower_takes_over_the_index_when_the_owner_stops()
    {
        var owner = _data.OpenEngine();
        owner.ImportSeedIfEmpty();
        using var follower = _data.OpenEngine();
        owner.Dispose();

        follower.Index.Follow();
        follower.Store.Upsert([Article("danach", "Ein Teaser über Nachhaltigkeit in Freiburg.")]);
        follower.Index.CatchUp();

        Assert.True(follower.Index.IsWriter);
        Assert.Equal("danach", follower.Search(new SearchRequest { Query = "Freiburg" }).Hits[0].Id);
    }

    [Fact]
    public void A_rebuild_asked_for_by_another_process_is_done_by_the_index_owner()
    {
        using var owner = _data.OpenEngine();
        owner.ImportSeedIfEmpty();
        var before = owner.Index.Layout.CurrentGeneration;
        using var cli = _data.OpenEngine();
        Assert.False(cli.Index.IsWriter);

        // What `fundus reindex` does when a server owns the index: leave a request, the server's follower acts.
        File.WriteAllText(cli.Index.Layout.RebuildRequestFile, "cli");
        new Fundus.Indexing.IndexFollower(owner, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).Step();
        cli.Index.Follow();

        Assert.NotEqual(before, owner.Index.Layout.CurrentGeneration);
        Assert.False(File.Exists(cli.Index.Layout.RebuildRequestFile));
        Assert.Equal(SeedFile.TeaserCount, cli.Search(new SearchRequest()).Total);
    }

    [Fact]
    public void A_damaged_index_is_rebuilt_from_the_store_at_start()
    {
        string generation;
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();
            generation = engine.Index.Layout.PathOf(engine.Index.Layout.CurrentGeneration!);
        }

        foreach (var file in Directory.GetFiles(generation, "segments*"))
        {
            File.WriteAllBytes(file, [0x00, 0x01, 0x02]);
        }

        using var restarted = _data.OpenEngine();

        Assert.Equal(SeedFile.TeaserCount, restarted.Search(new SearchRequest()).Total);
        Assert.Equal(IndexMirror.StoredHashes(restarted), IndexMirror.IndexedHashes(restarted));
    }

    [Fact]
    public void An_index_of_an_earlier_schema_is_rebuilt_from_the_store_when_opened()
    {
        string generation;
        string path;
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();
            generation = engine.Index.Layout.CurrentGeneration!;
            path = engine.Index.Layout.PathOf(generation);
            Assert.Equal(SeedFile.TeaserCount, Hits(engine, "Verwaltung") + Hits(engine, "-Verwaltung"));
        }

        // What an index from before the schema was recorded looks like: its commit names only the sequence.
        using (var analyzer = new FundusAnalyzer())
        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanTextAnalyzer.Version, analyzer) { OpenMode = OpenMode.APPEND }))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexFieldNames.CommitSequenceKey] = writer.CommitData[IndexFieldNames.CommitSequenceKey] });
            writer.Commit();
        }

        using var restarted = _data.OpenEngine();

        Assert.NotEqual(generation, restarted.Index.Layout.CurrentGeneration);
        Assert.Equal(SeedFile.TeaserCount, restarted.Search(new SearchRequest()).Total);
        Assert.Equal(IndexMirror.StoredHashes(restarted), IndexMirror.IndexedHashes(restarted));
    }

    [Fact]
    public void An_article_at_every_length_limit_is_indexed_and_shown_whole()
    {
        using var engine = _data.OpenEngine();
        // More bytes than a 32 KB block holds: umlauts take two bytes each in UTF-8.
        var teaser = string.Concat(Enumerable.Repeat("ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüß Straßenbäume ", 500))[..ArticleDraft.MaxTeaserLength];
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(teaser) > 32_768);
        var article = new Article
        {
            Id = "lang",
            Title = new string('Ä', ArticleDraft.MaxTitleLength),
            Teaser = teaser,
            Authors = [.. Enumerable.Range(0, 100).Select(i => $"Jörg Müller-Lüdenscheidt {i}")],
        };
        engine.Store.Upsert([article]);
        engine.Index.CatchUp();

        var hit = Assert.Single(engine.Search(new SearchRequest { Query = "Straßenbäume", Highlight = false }).Hits);

        Assert.Equal(teaser, hit.Teaser);
        Assert.Equal(article.Title, hit.Title);
        Assert.Equal(100, hit.Authors.Count);
    }

    [Fact]
    public void A_deleted_index_directory_is_rebuilt_from_the_store_at_start()
    {
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();
        }

        Directory.Delete(Path.Combine(_data.Path, "index"), recursive: true);
        using var restarted = _data.OpenEngine();

        Assert.Equal(SeedFile.TeaserCount, restarted.Search(new SearchRequest()).Total);
    }

    private StoreWritingDuringReads StoreWritingDuringReads(int beforeRead, Action<Fundus.Storage.IArticleStore> write) =>
        new(Fundus.Storage.SqliteArticleStore.OpenIn(_data.Path), beforeRead, write);

    public void Dispose() => _data.Dispose();
}
