using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Fundus.Bench;

/// <summary>
/// <c>fundus-bench http-load --url BASE --queries FILE [--clients 1,2,8] [--seconds S] [--warmup W] [--json FILE]</c>:
/// end to end over HTTP on a running server, from this separate process. After W seconds of warm-up (a fresh server
/// answers several times slower until its code is compiled for speed), for each number of clients, that many concurrent
/// loops each send the query set (shuffled, <c>/api/search</c> with highlighted teasers and all facets, the API's
/// default) one request after the other for S seconds. Reports round-trip p50/p95/p99, the server's own time
/// (<c>Server-Timing</c>) and answered queries per second. Checks its answers: every response 200, and each query
/// finds the number of hits it found in the warm-up, every time.
/// </summary>
internal static class HttpLoad
{
    public static int Run(string[] args)
    {
        var baseUrl = new Uri(BenchArguments.Option(args, "--url") ?? throw new ArgumentException("--url BASE is required (a running fundus serve)"));
        var queries = QueryFile.Read(args).Select(q => q.Text).ToList();
        var clients = (BenchArguments.Option(args, "--clients") ?? "1,2,8").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var seconds = double.Parse(BenchArguments.Option(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var warmup = double.Parse(BenchArguments.Option(args, "--warmup") ?? "15", CultureInfo.InvariantCulture);
        var json = BenchArguments.Option(args, "--json");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients.Max(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            expected[query] = Fetch(client, query).Hits;
        }

        if (expected.Values.All(hits => hits == 0))
        {
            throw new InvalidOperationException("No query found anything: does the server serve the corpus?");
        }

        Load(client, queries, expected, count: 2, warmup);
        var results = new List<object>();
        Console.WriteLine("| clients | requests | queries/s | round trip p50 | p95 | p99 | server p50 | server p95 | server p99 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in clients)
        {
            var (roundTrip, server, elapsed) = Load(client, queries, expected, count, seconds);
            var trips = roundTrip.SelectMany(r => r).Order().ToList();
            var times = server.SelectMany(s => s).Order().ToList();
            var result = new
            {
                clients = count,
                requests = trips.Count,
                qps = trips.Count / elapsed,
                p50_ms = Percentiles.Of(trips, 50),
                p95_ms = Percentiles.Of(trips, 95),
                p99_ms = Percentiles.Of(trips, 99),
                server_p50_ms = Percentiles.Of(times, 50),
                server_p95_ms = Percentiles.Of(times, 95),
                server_p99_ms = Percentiles.Of(times, 99),
                total_matches = expected.Values.Sum(),
            };
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count} | {result.requests} | {result.qps:0} | {result.p50_ms:0.00} ms | {result.p95_ms:0.00} ms | {result.p99_ms:0.00} ms | {result.server_p50_ms:0.00} ms | {result.server_p95_ms:0.00} ms | {result.server_p99_ms:0.00} ms |"));
        }

        if (json is not null)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(results));
        }

        return 0;
    }

    /// <summary>Round trips and server times per client, and the seconds it took.</summary>
    private static (List<double>[] RoundTrip, List<double>[] Server, double Elapsed) Load(
        HttpClient client, List<string> queries, Dictionary<string, long> expected, int count, double seconds)
    {
        var roundTrip = new List<double>[count];
        var server = new List<double>[count];
        var stop = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, c =>
        {
            roundTrip[c] = [];
            server[c] = [];
            var random = new Random(c);
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                foreach (var query in queries.OrderBy(_ => random.Next()))
                {
                    var started = Stopwatch.GetTimestamp();
                    var (hits, serverMs) = Fetch(client, query);
                    roundTrip[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    server[c].Add(serverMs);
                    if (hits != expected[query])
                    {
                        throw new InvalidOperationException($"'{query}' found {hits} hits, before {expected[query]}.");
                    }

                    if (stop.Elapsed.TotalSeconds >= seconds)
                    {
                        break;
                    }
                }
            }
        });
        return (roundTrip, server, stop.Elapsed.TotalSeconds);
    }

    private static (long Hits, double ServerMs) Fetch(HttpClient client, string query)
    {
        var (body, serverMs) = BenchHttp.Get(client, $"/api/search?q={Uri.EscapeDataString(query)}&size=10");
        using var document = JsonDocument.Parse(body);
        return (document.RootElement.GetProperty("total").GetInt64(), serverMs);
    }
}
