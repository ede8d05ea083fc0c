using System.Diagnostics;
using System.Globalization;
using Fundus.Searching;

namespace Fundus.Bench;

/// <summary>
/// <c>fundus-bench query-latency --data DIR --queries FILE [--rounds R]</c>: in-process search latency on an
/// imported data directory, top 10 ranked, warm, as the peers' in-process figures are taken — once with
/// facets (what the page asks for) and once without; the teasers of the ten hits are highlighted in both. Reports
/// p50/p95/p99 per mode and checks its answers: every round finds the same number of hits for each query.
/// The query file is <c>kind&lt;TAB&gt;query</c> per line (<c>../shared/bench/queries.txt</c>).
/// </summary>
internal static class QueryLatency
{
    public static int Run(string[] args)
    {
        var data = BenchArguments.Option(args, "--data") ?? throw new ArgumentException("--data DIR is required (import the corpus first)");
        var queries = File.ReadAllLines(BenchArguments.Option(args, "--queries") ?? throw new ArgumentException("--queries FILE is required"))
            .Where(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l.Split('\t', 2)[1].Trim())
            .ToList();
        var rounds = int.Parse(BenchArguments.Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);

        using var engine = FundusEngine.Open(new FundusOptions { DataDirectory = Path.GetFullPath(data) });
        Console.WriteLine($"{engine.Store.Count():N0} articles, {queries.Count} queries, {rounds} rounds");
        foreach (var (name, facets) in new[] { ("top 10 with highlighted teasers, no facets", 0), ("top 10 with highlighted teasers and all facets", 10) })
        {
            var expected = queries.ToDictionary(q => q, q => Search(engine, q, facets).Total, StringComparer.Ordinal);
            var samples = new List<double>(queries.Count * rounds);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in queries)
                {
                    var clock = Stopwatch.GetTimestamp();
                    var total = Search(engine, query, facets).Total;
                    samples.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
                    if (total != expected[query])
                    {
                        throw new InvalidOperationException($"'{query}' found {total} hits, before {expected[query]}");
                    }
                }
            }

            var zero = expected.Count(e => e.Value == 0);
            samples.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: p50 {Percentiles.Of(samples, 50):0.00} ms, p95 {Percentiles.Of(samples, 95):0.00} ms, p99 {Percentiles.Of(samples, 99):0.00} ms; {queries.Count - zero} queries with hits, {zero} without"));
        }

        return 0;
    }

    private static SearchResults Search(FundusEngine engine, string query, int facets) =>
        engine.Search(new SearchRequest { Query = query, Size = 10, FacetSize = facets });
}
