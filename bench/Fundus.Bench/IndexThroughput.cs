using System.Diagnostics;
using System.Globalization;
using Fundus.Analysis;
using Fundus.Enrichment;
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
/// medians and the ratio (<c>--json FILE</c> also writes them); checks that both indexes hold every article.
/// </summary>
internal static class IndexThroughput
{
    public static int Run(string[] args)
    {
        var corpus = BenchArguments.Option(args, "--corpus") ?? throw new ArgumentException("--corpus FILE is required");
        var docs = int.Parse(BenchArguments.Option(args, "--docs") ?? "20000", CultureInfo.InvariantCulture);
        var runs = int.Parse(BenchArguments.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var json = BenchArguments.Option(args, "--json");
        var articles = CorpusReader.Read(corpus, docs);
        Console.WriteLine($"{articles.Count} articles of {corpus}, {runs} runs each, alternating; {Environment.ProcessorCount} cores");

        // Warm-up: JIT, lexicon, gazetteer.
        Index(articles.Take(2_000).ToList(), () => new FundusAnalyzer(), enrich: true);
        Index(articles.Take(2_000).ToList(), () => new StandardAnalyzer(GermanTextAnalyzer.Version), enrich: false);

        var enriched = new List<double>();
        var german = new List<double>();
        var plain = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            enriched.Add(Index(articles, () => new FundusAnalyzer(), enrich: true));
            german.Add(Index(articles, () => new FundusAnalyzer(), enrich: false));
            plain.Add(Index(articles, () => new StandardAnalyzer(GermanTextAnalyzer.Version), enrich: false));
            Console.WriteLine($"run {run + 1}: German chain + extraction {enriched[^1]:N0}, German chain {german[^1]:N0}, StandardAnalyzer {plain[^1]:N0} articles/s");
        }

        var (e, g, p) = (Percentiles.Median(enriched), Percentiles.Median(german), Percentiles.Median(plain));
        Console.WriteLine($"| chain | articles/s (median of {runs}) | ratio to StandardAnalyzer |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| German chain and extraction (what Fundus indexes) | {e:N0} | {e / p:P0} |");
        Console.WriteLine($"| full German chain (FundusAnalyzer) | {g:N0} | {g / p:P0} |");
        Console.WriteLine($"| StandardAnalyzer | {p:N0} | 100 % |");
        Console.WriteLine($"extraction share of indexing time: {1 - (e / g):P1} (time per article {1000 / e:0.000} ms with, {1000 / g:0.000} ms without)");
        if (json is not null)
        {
            File.WriteAllText(json, System.Text.Json.JsonSerializer.Serialize(new { articles = articles.Count, runs, german_and_extraction = e, german = g, standard = p }));
        }

        return 0;
    }

    /// <summary>Articles per second for one full build; fails if the index does not hold every article.</summary>
    private static double Index(List<Article> articles, Func<Analyzer> analyzer, bool enrich)
    {
        using var chain = analyzer();
        var enricher = chain is FundusAnalyzer fundus ? new ArticleEnricher(GermanLexicon.Default, Gazetteer.Default, fundus.German) : null;
        using var directory = new RAMDirectory();
        var clock = Stopwatch.StartNew();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanTextAnalyzer.Version, chain) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 128 }))
        {
            Parallel.ForEach(articles, (article, _, i) =>
                writer.AddDocument(ArticleDocumentBuilder.Build(enrich && enricher is not null ? enricher.Enrich(Bare(article)).Article : article, i + 1)));
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

    /// <summary>The article without its provided metadata, so extraction does all its work (the worst case).</summary>
    private static Article Bare(Article article) => article with { Authors = [], Format = null, Places = [], Organizations = [], Topics = [] };
}
