using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Fundus.Indexing;

/// <summary>
/// One opened index generation: its Lucene directory, a searcher manager and, in the process that holds the
/// writer lease, the index writer. Knows the highest store sequence it contains.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private IndexGeneration(string name, LuceneDirectory directory, IndexWriter? writer, SearcherManager searchers, long sequence)
    {
        Name = name;
        Directory = directory;
        Writer = writer;
        Searchers = searchers;
        Sequence = sequence;
    }

    public string Name { get; }

    public LuceneDirectory Directory { get; }

    public IndexWriter? Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>The highest store change sequence this generation holds (committed, or applied in this process).</summary>
    public long Sequence { get; set; }

    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Opens a generation for writing; <paramref name="create"/> starts it empty with sequence 0 committed.</summary>
    public static IndexGeneration OpenWriter(IndexLayout layout, string name, Analyzer analyzer, bool create) =>
        OpenWriter(name, layout.Open(name), analyzer, create);

    /// <summary>An empty generation in memory, written as every generation is; nothing of it reaches the disk.</summary>
    public static IndexGeneration OpenScratch(Analyzer analyzer) => OpenWriter("scratch", new RAMDirectory(), analyzer, create: true);

    private static IndexGeneration OpenWriter(string name, LuceneDirectory directory, Analyzer analyzer, bool create)
    {
        try
        {
            var config = new IndexWriterConfig(Analysis.GermanTextAnalyzer.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = 128,
                UseCompoundFile = false,
                MergeScheduler = new StreamingMergeScheduler(),
            };
            config.MergePolicy.NoCFSRatio = 0;
            var writer = new IndexWriter(directory, config);
            long sequence;
            if (create)
            {
                Commit(writer, 0);
                sequence = 0;
            }
            else
            {
                if (SchemaOf(writer.CommitData) is var schema && schema != IndexFieldNames.Schema)
                {
                    writer.Rollback();
                    throw new IndexSchemaException($"The index {name} has schema {schema}, not {IndexFieldNames.Schema}.");
                }

                sequence = ReadSequence(writer.CommitData);
            }

            var searchers = new SearcherManager(writer, applyAllDeletes: true, new SimilaritySearcherFactory());
            return new IndexGeneration(name, directory, writer, searchers, sequence);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Opens a generation that another process writes, for searching only.</summary>
    public static IndexGeneration OpenReader(IndexLayout layout, string name)
    {
        var directory = layout.Open(name);
        try
        {
            var searchers = new SearcherManager(directory, new SimilaritySearcherFactory());
            var generation = new IndexGeneration(name, directory, writer: null, searchers, sequence: 0);
            generation.Sequence = generation.ReadSearcherSequence();
            return generation;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public static void Commit(IndexWriter writer, long sequence)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFieldNames.CommitSequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [IndexFieldNames.CommitSchemaKey] = IndexFieldNames.Schema,
        });
        writer.Commit();
    }

    /// <summary>The sequence recorded in the commit the current searcher sees (read-only generations).</summary>
    public long ReadSearcherSequence()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader is DirectoryReader reader ? ReadSequence(reader.IndexCommit.UserData) : 0;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer?.Dispose();
        Directory.Dispose();
    }

    /// <summary>Closes without committing what was not committed, as a crash would.</summary>
    public void Abandon()
    {
        Searchers.Dispose();
        Writer?.Rollback();
        Directory.Dispose();
    }

    /// <summary>The schema a commit was written with; indexes from before the schema was recorded are "1".</summary>
    private static string SchemaOf(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(IndexFieldNames.CommitSchemaKey, out var value) ? value : "1";

    private static long ReadSequence(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(IndexFieldNames.CommitSequenceKey, out var text)
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : 0;

    private sealed class SimilaritySearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new StatisticsCachingSearcher(reader) { Similarity = Similarity };
    }
}
