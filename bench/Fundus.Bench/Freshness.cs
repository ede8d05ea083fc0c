using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Fundus.Bench;

/// <summary>
/// <c>fundus-bench freshness --url BASE --key KEY --queries FILE [--writes N] [--load-clients C] [--json FILE]</c>:
/// the time from an acknowledged write to the article being searchable, under query load. While C clients keep
/// searching the query set, it posts N articles one after the other, each with a made-up word no other article has (letters only, so the analysis keeps it whole); for
/// each it polls <c>/api/search</c> for that word every 5 ms from the moment <c>POST /api/articles</c> answered,
/// records when the article is found, and deletes it again. Reports p50/p95/max. Checks its answers: every write is
/// acknowledged as created and every article is found exactly once, within 30 s.
/// </summary>
internal static class Freshness
{
    public static int Run(string[] args)
    {
        var baseUrl = new Uri(BenchArguments.Option(args, "--url") ?? throw new ArgumentException("--url BASE is required (a running fundus serve)"));
        var key = BenchArguments.Option(args, "--key") ?? throw new ArgumentException("--key KEY is required (fundus keys create --role editor)");
        var queries = QueryFile.Read(args).Select(q => q.Text).ToList();
        var writes = int.Parse(BenchArguments.Option(args, "--writes") ?? "20", CultureInfo.InvariantCulture);
        var loadClients = int.Parse(BenchArguments.Option(args, "--load-clients") ?? "2", CultureInfo.InvariantCulture);
        var json = BenchArguments.Option(args, "--json");

        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, loadClients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var answered = 0;
            while (!stop.IsCancellationRequested)
            {
                var query = queries[random.Next(queries.Count)];
                using var response = await client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(query)}&size=10", UriKind.Relative), CancellationToken.None);
                response.EnsureSuccessStatusCode();
                answered++;
            }

            return answered;
        })).ToList();

        var run = Guid.NewGuid().ToString("N")[..6];
        var delays = new List<double>(writes);
        for (var i = 0; i < writes; i++)
        {
            var word = "Qzx" + Letters(run, i);
            var id = $"freshness-{run}-{i}";
            var article = JsonSerializer.Serialize(new[] { new { id, title = $"Messartikel {word}", teaser = $"Ein Artikel, der nur misst, wann {word} gefunden wird." } });
            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(article, Encoding.UTF8, "application/json") };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var answer = client.Send(post);
            var body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!answer.IsSuccessStatusCode || !body.Contains("\"created\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the write of {id} was not acknowledged as created: {(int)answer.StatusCode} {body}");
            }

            var acknowledged = Stopwatch.GetTimestamp();
            while (Hits(client, word) == 0)
            {
                if (Stopwatch.GetElapsedTime(acknowledged).TotalSeconds > 30)
                {
                    throw new InvalidOperationException($"{id} was not searchable 30 s after it was acknowledged");
                }

                Thread.Sleep(5);
            }

            delays.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
            if (Hits(client, word) != 1)
            {
                throw new InvalidOperationException($"'{word}' should find exactly the one article written for it");
            }

            using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/articles/{id}");
            delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            client.Send(delete).EnsureSuccessStatusCode();

            // The next word differs from this one by an edit or two: it must not find this article by typo tolerance.
            while (Hits(client, word) != 0)
            {
                Thread.Sleep(5);
            }
        }

        stop.Cancel();
        var searches = load.Sum(t => t.GetAwaiter().GetResult());
        delays.Sort();
        var result = new
        {
            writes,
            load_clients = loadClients,
            searches_during = searches,
            p50_ms = Percentiles.Of(delays, 50),
            p95_ms = Percentiles.Of(delays, 95),
            max_ms = delays[^1],
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write to searchable, {writes} writes under {loadClients} searching clients ({searches} searches meanwhile): p50 {result.p50_ms:0} ms, p95 {result.p95_ms:0} ms, max {result.max_ms:0} ms"));
        if (json is not null)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(result));
        }

        return 0;
    }

    /// <summary>A letters-only suffix unique to this run and write.</summary>
    private static string Letters(string run, int i)
    {
        var letters = new StringBuilder();
        foreach (var c in $"{run}{i:D4}")
        {
            letters.Append((char)('a' + (char.IsDigit(c) ? c - '0' : (c - 'a' + 10) % 26)));
        }

        return letters.ToString();
    }

    private static long Hits(HttpClient client, string word)
    {
        using var response = client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(word)}&size=1", UriKind.Relative)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return document.RootElement.GetProperty("total").GetInt64();
    }
}
