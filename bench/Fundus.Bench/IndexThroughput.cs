using System.Diagnostics;
using System.Globalization;
using Fundus.Analysis;
using Fundus.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Fundus.Bench;

/// <summary>
/// Indexes the same articles with the full German chain and with a plain StandardAnalyzer chain, alternating,
/// in one run, into memory (no disk noise), with the document builder Fundus uses. Reports articles per second as
/// medians and the ratio; checks that both indexes hold every article.
/// </summary>
internal static class IndexThroughput
{
    public static int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? throw new ArgumentException("--corpus FILE is required");
        var docs = int.Parse(Option(args, "--docs") ?? "20000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var articles = CorpusReader.Read(corpus, docs);
        Console.WriteLine($"{articles.Count} articles of {corpus}, {runs} runs each, alternating; {Environment.ProcessorCount} cores");

        // Warm-up: JIT, lexicon, gazetteer.
        Index(articles.Take(2_000).ToList(), () => new FundusAnalyzer());
        Index(articles.Take(2_000).ToList(), () => new StandardAnalyzer(GermanTextAnalyzer.Version));

        var german = new List<double>();
        var plain = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            german.Add(Index(articles, () => new FundusAnalyzer()));
            plain.Add(Index(articles, () => new StandardAnalyzer(GermanTextAnalyzer.Version)));
            Console.WriteLine($"run {run + 1}: German chain {german[^1]:N0} articles/s, StandardAnalyzer {plain[^1]:N0} articles/s");
        }

        var (g, p) = (Median(german), Median(plain));
        Console.WriteLine($"| chain | articles/s (median of {runs}) | ratio to StandardAnalyzer |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| full German chain (FundusAnalyzer) | {g:N0} | {g / p:P0} |");
        Console.WriteLine($"| StandardAnalyzer | {p:N0} | 100 % |");
        return 0;
    }

    /// <summary>Articles per second for one full build; fails if the index does not hold every article.</summary>
    private static double Index(List<Article> articles, Func<Analyzer> analyzer)
    {
        using var chain = analyzer();
        using var directory = new RAMDirectory();
        var clock = Stopwatch.StartNew();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanTextAnalyzer.Version, chain) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 128 }))
        {
            Parallel.ForEach(articles, (article, _, i) => writer.AddDocument(ArticleDocumentBuilder.Build(article, i + 1)));
            writer.Commit();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        using var reader = DirectoryReader.Open(directory);
        if (reader.NumDocs != articles.Count)
        {
            throw new InvalidOperationException($"the index holds {reader.NumDocs} articles, not {articles.Count}");
        }

        return articles.Count / seconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
