using Fundus.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fundus.Indexing;

/// <summary>
/// The index as a projection of the store. The process that holds the <see cref="IndexWriterLease"/> applies the
/// store's changes in sequence order (<see cref="CatchUp"/>) and commits the highest sequence with them, so after
/// a crash it resumes exactly where the last commit ended. Every other process opens the index read-only and
/// follows the owner's commits (<see cref="Follow"/>), taking the lease over when the owner goes away.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    /// <summary>How many store changes are read and applied at a time.</summary>
    internal int ChangeBatchSize
    {
        get => _changes.BatchSize;
        set => _changes.BatchSize = value;
    }

    /// <summary>
    /// A catch-up that applied at least this many changes was a bulk import: the index is merged into one segment
    /// before the commit. Every query pays for every segment (a term lookup in each, a scorer per segment), so the
    /// twenty segments of a freshly imported 100,000 articles made a typical search nine times slower than one
    /// segment (docs/benchmarks.md). Small writes leave merging to the merge policy.
    /// </summary>
    internal int CompactAfterChanges { get; set; } = 5_000;

    private readonly Analyzer _analyzer;
    private readonly ILogger _logger;
    private readonly StoreChangeApplier _changes;

    // Guards the reference to the current generation: a search acquires its searcher under it, a switch swaps under it.
    private readonly Lock _swapGate = new();

    // Serializes writers: catch-up and the final step of a rebuild.
    private readonly Lock _writeGate = new();

    // Only one rebuild at a time; catch-ups on the old generation go on meanwhile.
    private readonly Lock _rebuildGate = new();

    private IndexWriterLease? _lease;
    private IndexGeneration? _generation;

    private ArticleIndex(IndexLayout layout, IArticleStore store, Analyzer analyzer, Func<Article, Article> enrich, ILogger logger)
    {
        Layout = layout;
        _analyzer = analyzer;
        _logger = logger;
        _changes = new StoreChangeApplier(store, enrich);
    }

    public IndexLayout Layout { get; }

    /// <summary>True in the process that writes the index.</summary>
    public bool IsWriter => _lease is not null;

    /// <summary>The highest store sequence the searchable index contains.</summary>
    public long Sequence
    {
        get
        {
            lock (_swapGate)
            {
                return _generation?.Sequence ?? 0;
            }
        }
    }

    /// <param name="dataDirectory">Where the index lives (<c>DATA/index</c>).</param>
    /// <param name="store">The store the index follows.</param>
    /// <param name="analyzer">The analyzer of every indexed field.</param>
    /// <param name="enrich">Adds the metadata found in an article's text before it is indexed (none by default).</param>
    /// <param name="logger">Where recovery and rebuilds are reported.</param>
    /// <param name="openDirectory">Opens the Lucene directory of a generation folder (default: the file system).</param>
    public static ArticleIndex Open(
        string dataDirectory, IArticleStore store, Analyzer analyzer, Func<Article, Article>? enrich = null, ILogger? logger = null,
        Func<string, Lucene.Net.Store.Directory>? openDirectory = null)
    {
        var index = new ArticleIndex(new IndexLayout(dataDirectory, openDirectory), store, analyzer, enrich ?? (a => a), logger ?? NullLogger.Instance);
        try
        {
            index.OpenGeneration();
        }
        catch
        {
            // Give the writer lease back: a later attempt in this process must be able to take it.
            index.Dispose();
            throw;
        }

        return index;
    }

    /// <summary>
    /// Applies every store change the index does not have yet and commits them with their highest sequence.
    /// In a read-only process this follows the owner instead. Returns the number of changes applied.
    /// </summary>
    public int CatchUp()
    {
        if (!IsWriter)
        {
            Follow();
            return 0;
        }

        lock (_writeGate)
        {
            var generation = CurrentGenerationOrNull() ?? ReopenCurrent();
            try
            {
                var applied = Apply(generation);
                if (applied >= CompactAfterChanges)
                {
                    Compact(generation);
                }

                if (applied > 0)
                {
                    // Searchable first, durable in the index after: the store already holds the changes, so a
                    // search need not wait for the commit's flush to disk. A crash before the commit applies them
                    // again from the store.
                    generation.Searchers.MaybeRefreshBlocking();
                    IndexGeneration.Commit(generation.Writer!, generation.Sequence);
                }

                return applied;
            }
            catch (Exception e) when (IsStorageFailure(e))
            {
                // The writer may have dropped buffered documents after the error, while the sequence in memory
                // already counts them. Only the last commit is certain: go back to it, so the next round applies
                // the rest again (Random_io_faults_lose_no_acknowledged_article_and_the_index_recovers_clean).
                _logger.LogWarning(e, "Writing the index failed; returning to its last commit and retrying.");
                Swap(null, abandon: true);
                ReopenCurrent();
                throw;
            }
        }
    }

    private static bool IsStorageFailure(Exception e) =>
        e is IOException or ObjectDisposedException || e.InnerException is IOException;

    /// <summary>Opens the current generation's writer at its last commit; after a storage failure, or to retry one.</summary>
    private IndexGeneration ReopenCurrent()
    {
        var name = Layout.CurrentGeneration ?? throw new InvalidOperationException("There is no index generation to reopen.");
        var generation = IndexGeneration.OpenWriter(Layout, name, _analyzer, create: false);
        Swap(generation);
        return generation;
    }

    /// <summary>
    /// Read-only processes: picks up the owner's newest commit or a switched generation, and takes the lease over
    /// when no process holds it any more.
    /// </summary>
    public void Follow()
    {
        if (IsWriter)
        {
            return;
        }

        var lease = IndexWriterLease.TryAcquire(Layout);
        if (lease is not null)
        {
            _logger.LogInformation("Fundus now maintains the index in this process.");
            Swap(null);
            _lease = lease;
            OpenGeneration();
            return;
        }

        var current = Layout.CurrentGeneration;
        IndexGeneration? generation;
        lock (_swapGate)
        {
            generation = _generation;
        }

        if (current is null)
        {
            return;
        }

        if (generation is null || !string.Equals(generation.Name, current, StringComparison.Ordinal))
        {
            Swap(TryOpenReader(current));
            return;
        }

        if (generation.Searchers.MaybeRefresh())
        {
            generation.Sequence = generation.ReadSearcherSequence();
        }
    }

    /// <summary>
    /// Builds a complete new generation from the store while searches keep using the current one, then switches
    /// over atomically. Returns the number of articles in the new index. Only the index owner can rebuild.
    /// </summary>
    public int Rebuild()
    {
        if (!IsWriter)
        {
            throw new InvalidOperationException("Only the process that maintains the index can rebuild it.");
        }

        lock (_rebuildGate)
        {
            var name = Layout.CreateGeneration();
            var fresh = IndexGeneration.OpenWriter(Layout, name, _analyzer, create: true);
            try
            {
                if (Apply(fresh) >= CompactAfterChanges)
                {
                    Compact(fresh);
                }

                IndexGeneration.Commit(fresh.Writer!, fresh.Sequence);
                lock (_writeGate)
                {
                    // Writes that arrived during the build.
                    Apply(fresh);
                    IndexGeneration.Commit(fresh.Writer!, fresh.Sequence);
                    fresh.Searchers.MaybeRefreshBlocking();
                    Layout.SwitchTo(name);
                    Swap(fresh);
                }

                Layout.RemoveAllBut(name);

                _logger.LogInformation("Rebuilt the index as {Generation} up to change {Sequence}.", name, fresh.Sequence);
                return fresh.Writer!.NumDocs;
            }
            catch
            {
                if (!ReferenceEquals(CurrentGenerationOrNull(), fresh))
                {
                    fresh.Abandon();
                }

                throw;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> on a searcher of the current generation; null when there is no index yet.</summary>
    public T? Search<T>(Func<IndexSearcher, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        IndexGeneration? generation;
        IndexSearcher searcher;
        lock (_swapGate)
        {
            generation = _generation;
            if (generation is null)
            {
                return default;
            }

            searcher = generation.Searchers.Acquire();
        }

        try
        {
            return work(searcher);
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Runs the write path once on a scratch index in memory (<see cref="FundusEngine.WarmUp"/>); neither the store
    /// nor the index changes.
    /// </summary>
    public void WarmUpWriting() => _changes.WarmUp(_analyzer);

    /// <summary>Stops as a crash would: nothing uncommitted reaches the disk. For tests of recovery.</summary>
    internal void SimulateCrash()
    {
        Swap(null, abandon: true);
        _lease?.Dispose();
        _lease = null;
    }

    /// <summary>Adds to the writer without committing, as a process would just before it dies. For tests of recovery.</summary>
    internal int ApplyWithoutCommit()
    {
        lock (_writeGate)
        {
            return Apply(_generation!);
        }
    }

    public void Dispose()
    {
        Swap(null);
        _lease?.Dispose();
        _lease = null;
    }

    private void OpenGeneration()
    {
        _lease ??= IndexWriterLease.TryAcquire(Layout);
        var current = Layout.CurrentGeneration;
        if (!IsWriter)
        {
            Swap(current is null ? null : TryOpenReader(current));
            return;
        }

        if (current is not null)
        {
            try
            {
                Swap(IndexGeneration.OpenWriter(Layout, current, _analyzer, create: false));
                return;
            }
            catch (IndexSchemaException e)
            {
                _logger.LogInformation("{Reason} Fundus builds a new index from the store.", e.Message);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or ArgumentException)
            {
                _logger.LogWarning(e, "The index {Generation} cannot be opened; Fundus builds a new one from the store.", current);
            }
        }

        var name = Layout.CreateGeneration();
        var generation = IndexGeneration.OpenWriter(Layout, name, _analyzer, create: true);
        Layout.SwitchTo(name);
        Swap(generation);
        Layout.RemoveAllBut(name);
    }

    private IndexGeneration? TryOpenReader(string name)
    {
        try
        {
            return IndexGeneration.OpenReader(Layout, name);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            // The owner may be switching generations right now; the next Follow tries again.
            _logger.LogDebug(e, "Index generation {Generation} is not readable yet.", name);
            return null;
        }
    }

    private int Apply(IndexGeneration generation) => _changes.ApplyAll(generation);

    private void Compact(IndexGeneration generation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        generation.Writer!.ForceMerge(1);
        _logger.LogInformation("Merged the index {Generation} into one segment in {Seconds:0.0} s.", generation.Name, clock.Elapsed.TotalSeconds);
    }

    private IndexGeneration? CurrentGenerationOrNull()
    {
        lock (_swapGate)
        {
            return _generation;
        }
    }

    private void Swap(IndexGeneration? next, bool abandon = false)
    {
        IndexGeneration? previous;
        lock (_swapGate)
        {
            previous = _generation;
            _generation = next;
        }

        if (previous is null || ReferenceEquals(previous, next))
        {
            return;
        }

        // Searches that acquired a searcher of the old generation keep it until they release it.
        if (abandon)
        {
            previous.Abandon();
        }
        else
        {
            previous.Dispose();
        }
    }
}
