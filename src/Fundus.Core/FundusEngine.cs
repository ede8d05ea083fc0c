using Fundus.Analysis;
using Fundus.Enrichment;
using Fundus.Importing;
using Fundus.Querying;
using Fundus.Indexing;
using Fundus.Searching;
using Fundus.Seed;
using Fundus.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fundus;

/// <summary>
/// The engine behind every door of Fundus (web host, CLI, tests): the store, the index that follows it, the
/// importer and the searcher over one data directory. Opening it heals the index: whatever the store holds that
/// the last index commit lacks is indexed before the first search.
/// </summary>
public sealed class FundusEngine : IDisposable
{
    private readonly ILogger _logger;
    private int _disposed;

    private FundusEngine(FundusOptions options, IArticleStore store, ArticleIndex index, FundusAnalyzer analyzer, ArticleEnricher enricher, ILogger logger)
    {
        Enricher = enricher;
        Options = options;
        Store = store;
        Index = index;
        Analyzer = analyzer;
        _logger = logger;
        Thesaurus = new ThesaurusSource(options.DataDirectory, GermanLexicon.Default, options.Analysis.Stemming);
        Searcher = new ArticleSearcher(index, analyzer, Thesaurus, options.Query);
        Related = new RelatedArticles(index, analyzer, id => store.Get(id)?.PublicView());
        Suggestions = new Suggestions(index);
    }

    public FundusOptions Options { get; }

    public IArticleStore Store { get; }

    public ArticleIndex Index { get; }

    public ArticleSearcher Searcher { get; }

    /// <summary>"Ähnliche Artikel" for an article.</summary>
    public RelatedArticles Related { get; }

    /// <summary>Suggestions while typing, from public metadata.</summary>
    public Suggestions Suggestions { get; }

    public FundusAnalyzer Analyzer { get; }

    /// <summary>Finds authors, format, places, organizations and topics in an article's text.</summary>
    public ArticleEnricher Enricher { get; }

    /// <summary>
    /// An article as the reader may see it (for anyone but a subscriber, without the body of a subscriber-only
    /// article), with the metadata found in its text and the provenance of every value; null if unknown.
    /// </summary>
    public EnrichedArticle? Article(string id, ReaderAccess access = ReaderAccess.Public)
    {
        var stored = Store.Get(id);
        var article = access == ReaderAccess.Subscriber ? stored : stored?.PublicView();
        return article is null ? null : Options.Enrichment ? Enricher.Enrich(article) : new EnrichedArticle(article, []);
    }

    /// <summary>The built-in thesaurus and the editors' own entries in the data directory.</summary>
    public ThesaurusSource Thesaurus { get; }

    public static FundusEngine Open(FundusOptions options, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        loggers ??= NullLoggerFactory.Instance;
        var store = SqliteArticleStore.OpenIn(options.DataDirectory);
        var analyzer = new FundusAnalyzer(options.Analysis);
        ArticleIndex? index = null;
        try
        {
            var enricher = new ArticleEnricher(GermanLexicon.Default, Gazetteer.Default, analyzer.German);
            Func<Article, Article>? enrich = options.Enrichment ? article => enricher.Enrich(article).Article : null;
            index = ArticleIndex.Open(options.DataDirectory, store, analyzer, enrich, loggers.CreateLogger<ArticleIndex>(), options.IndexStorage);
            var engine = new FundusEngine(options, store, index, analyzer, enricher, loggers.CreateLogger<FundusEngine>());
            var healed = index.CatchUp();
            if (healed > 0)
            {
                engine._logger.LogInformation("Indexed {Count} changes the index did not have yet.", healed);
            }

            return engine;
        }
        catch
        {
            // The index holds the writer lease: a half-opened engine must give it back, or the next attempt in
            // this process would only follow (Random_io_faults_lose_no_acknowledged_article_and_the_index_recovers_clean).
            index?.Dispose();
            analyzer.Dispose();
            store.Dispose();
            throw;
        }
    }

    /// <summary>Imports files into the store, then brings the index up to date if this process maintains it.</summary>
    public ImportReport Import(IEnumerable<string> paths, IProgress<ImportProgress>? progress = null)
    {
        var report = new ArticleImporter(Store).ImportFiles(paths, progress);
        Index.CatchUp();
        return report;
    }

    /// <summary>Fills an empty store with the built-in seed; returns null when the store already had articles.</summary>
    public ImportReport? ImportSeedIfEmpty()
    {
        if (Store.LastSequence() > 0 || Store.Count() > 0)
        {
            return null;
        }

        using var reader = SeedData.Open();
        var report = new ArticleImporter(Store).Import(reader, SeedData.SourceName, SeedData.Format);
        Index.CatchUp();
        _logger.LogInformation("The data directory was empty: imported the built-in demo dataset ({Summary}).", report.Summary);
        return report;
    }

    public SearchResults Search(SearchRequest request) => Searcher.Search(request);

    /// <summary>
    /// Runs once what a serving process would otherwise compile when a reader or an editor first needs it: a search
    /// for a misspelled word (typo expansion and the spelling hint) and, where this process maintains the index,
    /// the write path on a scratch index. The first write after a start waited for that code half a second and more
    /// before it was searchable (docs/benchmarks.md). Neither store nor index changes, and nothing is logged as a
    /// reader's query (<c>Warming_up_changes_neither_store_nor_index</c>).
    /// </summary>
    public void WarmUp()
    {
        Search(new SearchRequest { Query = "Verwaltungsdigitalisirung Bürger:innen", Highlight = true });
        if (Index.IsWriter)
        {
            Index.WarmUpWriting();
        }
    }

    public FundusStats Stats() => new(
        Options.DataDirectory,
        Store.Count(),
        Store.LastSequence(),
        Index.Sequence,
        Index.Search(s => s.IndexReader.NumDocs),
        Index.IsWriter,
        Store.CheckIntegrity());

    /// <summary>Closes index and store; a second call does nothing (the web host and its container may both call it).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Index.Dispose();
        Store.Dispose();
        Analyzer.Dispose();
    }
}

/// <summary>The state of one data directory, for <c>fundus stats</c>.</summary>
public sealed record FundusStats(
    string DataDirectory,
    long Articles,
    long StoreSequence,
    long IndexSequence,
    int IndexedDocuments,
    bool MaintainsIndex,
    string StoreIntegrity)
{
    /// <summary>How many store changes the index has yet to apply.</summary>
    public long IndexLag => Math.Max(0, StoreSequence - IndexSequence);
}
