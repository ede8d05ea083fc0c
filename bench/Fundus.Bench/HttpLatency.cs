using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Fundus.Bench;

/// <summary>
/// <c>fundus-bench http --url BASE [--requests N]</c>: latency of the search page and of <c>/api/search</c> (with
/// highlighting and all facets, as the page asks) on a running server, one request at a time from this separate
/// process on loopback. Reports the round trip and the server's own time (its <c>Server-Timing</c> header) as
/// p50/p95/p99, and the page weight. Checks its answers: every request 200, and each query finds the same number
/// of hits every time it is asked, more than none for every query of the seed list.
/// </summary>
internal static class HttpLatency
{
    /// <summary>Queries a reader of the seed archive types: topics, names, places, compounds, gender forms, typos.</summary>
    private static readonly string[] Queries =
    [
        "Digitalisierung", "Verwaltungsdigitalisierung", "KI", "Smart City", "Linz", "Leipzig", "Bürger:innen",
        "Fachkräftemangel", "Smart-City-Projekte", "Beate Ginzel", "Werkstattbericht", "Kommunen",
        "\"Künstliche Intelligenz\"", "OZG", "Kooperation", "Cybersicherheit", "Mitarbeitende", "Resilienz",
        "Verwaltung -Linz", "Digitalisirung",
    ];

    public static int Run(string[] args)
    {
        var baseUrl = new Uri(BenchArguments.Option(args, "--url") ?? throw new ArgumentException("--url BASE is required (a running fundus serve)"));
        var requests = int.Parse(BenchArguments.Option(args, "--requests") ?? "1000", CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };

        var api = Measure(client, requests, q => $"/api/search?q={Uri.EscapeDataString(q)}&size=10", CountFromJson);
        var page = Measure(client, requests, q => $"/suche?q={Uri.EscapeDataString(q)}", CountFromHtml);

        Console.WriteLine($"| target | requests | round trip p50 | p95 | p99 | server p50 | server p95 | server p99 |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|");
        Print("/api/search", api);
        Print("/suche (page)", page);

        var weight = PageWeight(client, "/suche?q=Digitalisierung");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page weight /suche?q=Digitalisierung: HTML {weight.Html / 1024.0:0.0} KB + CSS {weight.Css / 1024.0:0.0} KB + JS {weight.Js / 1024.0:0.0} KB = {(weight.Html + weight.Css + weight.Js) / 1024.0:0.0} KB (uncompressed; no images, no fonts)"));
        return 0;
    }

    /// <summary>Milliseconds per request, each array sorted ascending.</summary>
    private sealed record Samples(double[] RoundTrip, double[] Server, int Count);

    private static Samples Measure(HttpClient client, int requests, Func<string, string> url, Func<string, long> count)
    {
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);

        // Warm-up: every query once, which also records the hit count each must find again.
        foreach (var query in Queries)
        {
            expected[query] = Fetch(client, url(query), count).Hits;
            if (expected[query] <= 0)
            {
                throw new InvalidOperationException($"'{query}' found nothing on {url(query)}: the server does not serve the seed.");
            }
        }

        var roundTrip = new double[requests];
        var server = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var query = Queries[i % Queries.Length];
            var started = Stopwatch.GetTimestamp();
            var (hits, serverMs) = Fetch(client, url(query), count);
            roundTrip[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            server[i] = serverMs;
            if (hits != expected[query])
            {
                throw new InvalidOperationException($"'{query}' found {hits} hits, before {expected[query]}.");
            }
        }

        Array.Sort(roundTrip);
        Array.Sort(server);
        return new Samples(roundTrip, server, requests);
    }

    private static (long Hits, double ServerMs) Fetch(HttpClient client, string url, Func<string, long> count)
    {
        var (body, serverMs) = BenchHttp.Get(client, url);
        return (count(body), serverMs);
    }

    private static long CountFromJson(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("total").GetInt64();
    }

    private static long CountFromHtml(string body)
    {
        const string marker = "<h2 id=\"treffer\" tabindex=\"-1\">";
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        var text = body[(at + marker.Length)..body.IndexOf(" Treffer", at, StringComparison.Ordinal)];
        return long.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static (long Html, long Css, long Js) PageWeight(HttpClient client, string url)
    {
        var html = client.GetStringAsync(url).GetAwaiter().GetResult();
        long Asset(string kind)
        {
            var at = html.IndexOf($"/assets/fundus.{kind}?v=", StringComparison.Ordinal);
            var end = html.IndexOf('"', at);
            return client.GetByteArrayAsync(html[at..end]).GetAwaiter().GetResult().LongLength;
        }

        return (System.Text.Encoding.UTF8.GetByteCount(html), Asset("css"), Asset("js"));
    }

    private static void Print(string name, Samples samples) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {samples.Count} | {Percentiles.Of(samples.RoundTrip, 50):0.00} ms | {Percentiles.Of(samples.RoundTrip, 95):0.00} ms | {Percentiles.Of(samples.RoundTrip, 99):0.00} ms | {Percentiles.Of(samples.Server, 50):0.00} ms | {Percentiles.Of(samples.Server, 95):0.00} ms | {Percentiles.Of(samples.Server, 99):0.00} ms |"));
}
