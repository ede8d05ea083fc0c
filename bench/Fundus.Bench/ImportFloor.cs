using System.Diagnostics;
using System.Globalization;
using Fundus.Importing;
using Fundus.Indexing;
using Fundus.Storage;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Bench;

/// <summary>
/// <c>fundus-bench import-floor --corpus FILE --work DIR [--runs R] [--json FILE]</c>: what a bulk import costs
/// Fundus, next to a baseline that goes the same way with nothing of Fundus's German search: store, then index, then
/// one segment. Alternating in one process (the order swapped every run), each run into a fresh data directory
/// under DIR:
/// <list type="bullet">
/// <item><b>Fundus</b>: the import as <c>fundus import</c> makes it: the articles into the store, then the index
/// caught up from the store (German chain, extraction, both cores, the final merge into one segment).</item>
/// <item><b>floor</b>: the same store phase, then an index as simple as FTS5's: title, teaser and body as positional
/// text with StandardAnalyzer and no stop words, nothing extracted, on both cores, merged into one segment.</item>
/// </list>
/// Reports each phase's median seconds and the articles per second. Checks its answer: both indexes hold every
/// stored article in one segment, and a word of the corpus finds articles in each, as many in every run.
/// </summary>
internal static class ImportFloor
{
    /// <summary>A word of the corpus: Fundus finds it in compounds and inflected forms too, the floor as written.</summary>
    private const string CommonWord = "datei";

    public static int Run(string[] args)
    {
        var corpus = Path.GetFullPath(BenchArguments.Option(args, "--corpus") ?? throw new ArgumentException("--corpus FILE is required"));
        var work = BenchArguments.Option(args, "--work") ?? throw new ArgumentException("--work DIR is required (its folders warm-up, fundus and floor are made anew for every import)");
        var runs = int.Parse(BenchArguments.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        if (runs < 1)
        {
            throw new ArgumentException("--runs must be at least 1");
        }

        var json = BenchArguments.Option(args, "--json");

        // Untimed: the compiler, the lexicon and the gazetteer are ready before the first timed run, as for the rest.
        // More articles than a compaction needs (ArticleIndex.CompactAfterChanges), so the final merge is warm too.
        var warmUp = Path.Combine(Fresh(work, "warm-up"), "articles.jsonl");
        File.WriteAllLines(warmUp, File.ReadLines(corpus).Take(6_000));
        ImportWithFundus(warmUp, Fresh(work, "fundus"));
        ImportToFloor(warmUp, Fresh(work, "floor"));

        var fundus = new List<Phases>();
        var floor = new List<Phases>();
        for (var run = 0; run < runs; run++)
        {
            // Each import starts on a collected heap, and neither always follows the other.
            foreach (var fundusFirst in run % 2 == 0 ? new[] { true, false } : [false, true])
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (fundusFirst)
                {
                    fundus.Add(ImportWithFundus(corpus, Fresh(work, "fundus")));
                }
                else
                {
                    floor.Add(ImportToFloor(corpus, Fresh(work, "floor")));
                }
            }

            Console.WriteLine($"run {run + 1}: Fundus {fundus[^1]}; floor {floor[^1]}");
            Check(fundus, "Fundus");
            Check(floor, "the floor");
            if (fundus[^1].Stored != floor[^1].Stored)
            {
                throw new InvalidOperationException($"Fundus stored {fundus[^1].Stored} articles, the floor {floor[^1].Stored}");
            }
        }

        // Only what this command made: DIR may hold other things.
        foreach (var made in new[] { "warm-up", "fundus", "floor" })
        {
            Directory.Delete(Path.Combine(work, made), recursive: true);
        }

        var f = Phases.Median(fundus);
        var b = Phases.Median(floor);
        Console.WriteLine($"| import (median of {runs}) | store s | index s | total s | articles/s | time against the floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| Fundus (German chain, extraction) | {f.Store:0.0} | {f.Index:0.0} | {f.Total:0.0} | {f.Stored / f.Total:N0} | {f.Total / b.Total:0.00}× |");
        Console.WriteLine($"| floor (title, teaser, body; StandardAnalyzer) | {b.Store:0.0} | {b.Index:0.0} | {b.Total:0.0} | {b.Stored / b.Total:N0} | 1.00× |");
        if (json is not null)
        {
            File.WriteAllText(json, System.Text.Json.JsonSerializer.Serialize(new
            {
                articles = f.Stored,
                runs,
                fundus = new { store_s = f.Store, index_s = f.Index, total_s = f.Total, per_s = f.Stored / f.Total },
                floor = new { store_s = b.Store, index_s = b.Index, total_s = b.Total, per_s = b.Stored / b.Total },
            }));
        }

        return 0;
    }

    /// <summary>Fails the run when an import's index lacks stored articles, is not one segment, or finds nothing.</summary>
    private static void Check(List<Phases> runs, string name)
    {
        var last = runs[^1];
        if (last.Indexed != last.Stored || last.Segments != 1 || last.CommonWordHits == 0 || last.CommonWordHits != runs[0].CommonWordHits)
        {
            throw new InvalidOperationException(
                $"{name}: {last.Indexed} of {last.Stored} stored articles indexed in {last.Segments} segments, "
                + $"'{CommonWord}' found in {last.CommonWordHits} (first run {runs[0].CommonWordHits})");
        }
    }

    private static Phases ImportWithFundus(string corpus, string data)
    {
        using var engine = FundusEngine.Open(new FundusOptions { DataDirectory = data });
        var clock = Stopwatch.StartNew();
        new ArticleImporter(engine.Store).ImportFiles([corpus]);
        var stored = clock.Elapsed.TotalSeconds;
        engine.Index.CatchUp();
        var total = clock.Elapsed.TotalSeconds;
        var (indexed, segments) = engine.Index.Search(s => (s.IndexReader.NumDocs, s.IndexReader.Leaves.Count));
        var hits = engine.Search(new Searching.SearchRequest { Query = CommonWord, Size = 1, Highlight = false, FacetSize = 0 }).Total;
        return new Phases(stored, total - stored, total, engine.Store.Count(), indexed, segments, hits);
    }

    private static Phases ImportToFloor(string corpus, string data)
    {
        // Store and writer are open before the clock starts, as the engine's are.
        using var store = SqliteArticleStore.OpenIn(data);
        using var analyzer = new StandardAnalyzer(Analysis.GermanTextAnalyzer.Version, CharArraySet.Empty);
        var layout = new IndexLayout(data);
        using var generation = IndexGeneration.OpenWriter(layout, layout.CreateGeneration(), analyzer, create: true);
        var writer = generation.Writer!;

        var clock = Stopwatch.StartNew();
        new ArticleImporter(store).ImportFiles([corpus]);
        var stored = clock.Elapsed.TotalSeconds;
        for (var sequence = 0L; store.ChangesSince(sequence, 2_000) is { Count: > 0 } changes; sequence = changes[^1].Sequence)
        {
            // On both cores, as the engine applies a batch (StoreChangeApplier).
            Parallel.ForEach(changes, change => writer.AddDocument(FloorDocument(change.Article!)));
        }

        writer.ForceMerge(1);
        IndexGeneration.Commit(writer, store.LastSequence());
        generation.Searchers.MaybeRefreshBlocking(); // the engine's catch-up ends searchable too
        var total = clock.Elapsed.TotalSeconds;

        var searcher = generation.Searchers.Acquire();
        try
        {
            var hits = searcher.Search(FloorQuery(CommonWord), 1).TotalHits;
            return new Phases(stored, total - stored, total, store.Count(), searcher.IndexReader.NumDocs, searcher.IndexReader.Leaves.Count, hits);
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// What FTS5's table of the peers' harness holds: the id and three positional text columns, Fundus's free-text
    /// fields (<see cref="IndexFieldNames.TextFields"/>).
    /// </summary>
    private static Document FloorDocument(Article article)
    {
        var document = new Document { new StringField(ArticleFields.Id, article.Id, Field.Store.YES) };
        foreach (var field in IndexFieldNames.TextFields)
        {
            var text = field switch
            {
                ArticleFields.Title => article.Title,
                ArticleFields.Teaser => article.Teaser,
                ArticleFields.Body => article.Body,
                _ => throw new InvalidOperationException($"the floor has no column for the text field {field}"),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                document.Add(new TextField(field, text, Field.Store.NO));
            }
        }

        return document;
    }

    private static BooleanQuery FloorQuery(string word)
    {
        var query = new BooleanQuery();
        foreach (var field in IndexFieldNames.TextFields)
        {
            query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }

        return query;
    }

    private static string Fresh(string work, string name)
    {
        var path = Path.GetFullPath(Path.Combine(work, name));
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    private sealed record Phases(double Store, double Index, double Total, long Stored, long Indexed, int Segments, long CommonWordHits)
    {
        public static Phases Median(IReadOnlyList<Phases> runs) => runs[0] with
        {
            Store = Percentiles.Median(runs.Select(r => r.Store)),
            Index = Percentiles.Median(runs.Select(r => r.Index)),
            Total = Percentiles.Median(runs.Select(r => r.Total)),
        };

        public override string ToString() =>
            $"store {Store:0.0} s + index {Index:0.0} s = {Total:0.0} s, {Stored / Total:N0} articles/s";
    }
}
