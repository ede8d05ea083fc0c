using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Fundus.Access;
using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace Fundus.Tests.Reliability;

/// <summary>
/// Acknowledged means durable (the shape of Elasticsearch's testAckedIndexing): batches go to a real
/// <c>fundus serve</c> process while it is killed with SIGKILL at random moments and restarted; afterwards every
/// batch that got a 200 is in the store with the content sent, searchable after catch-up, and index and store
/// agree id by id and hash by hash. <c>FUNDUS_KILL_POINTS</c> sets the number of kills (50 in CI;
/// <c>bench/kill-test.sh</c> runs 1,000).
/// </summary>
public sealed class AckedWritesTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task Every_acknowledged_batch_survives_sigkill_and_is_searchable_after_catch_up()
    {
        var killPoints = int.TryParse(Environment.GetEnvironmentVariable("FUNDUS_KILL_POINTS"), out var n) ? n : 50;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUNDUS_KILL_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"kill points {killPoints}, seed {seed} (FUNDUS_KILL_SEED={seed} repeats the timing choices)");
        var random = new Random(seed);
        string key;
        using (var keys = ApiKeyStore.OpenIn(_data.Path))
        {
            key = keys.Create("crash-test", ApiKeyRole.Editor);
        }

        var acknowledged = new Dictionary<string, string>(StringComparer.Ordinal);
        var sent = 0;
        for (var kill = 0; kill < killPoints; kill++)
        {
            var port = FreePort();
            using var server = StartServer(port);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

            // One kill in five comes while the server is still starting (catching up, opening the index).
            var whileStarting = random.Next(5) == 0;
            if (!whileStarting)
            {
                await WaitUntilAnsweringAsync(client, server);
            }

            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var batch = Enumerable.Range(0, 10).Select(_ => Interlocked.Increment(ref sent)).ToList();
                    var body = JsonSerializer.Serialize(batch.Select(i => new { id = $"k{i}", teaser = Teaser(i) }));
                    try
                    {
                        using var response = await client.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json"), stop.Token);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            lock (acknowledged)
                            {
                                batch.ForEach(i => acknowledged[$"k{i}"] = Teaser(i));
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
                    {
                        // Killed mid-request or not yet listening: this batch was not acknowledged.
                        await Task.Delay(10, CancellationToken.None);
                    }
                }
            });

            await Task.Delay(random.Next(20, whileStarting ? 1500 : 400));
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await stop.CancelAsync();
            await writer;
        }

        output.WriteLine($"sent {sent} articles in batches of 10, {acknowledged.Count} acknowledged, {killPoints} kills");
        Assert.True(acknowledged.Count > 0, "no batch was ever acknowledged: the server never answered");

        // Restart, as an operator would, and let the index catch up with the store.
        using var engine = _data.OpenEngine();
        engine.Index.CatchUp();
        var lost = acknowledged.Where(a => engine.Store.Get(a.Key)?.Teaser != a.Value).Select(a => a.Key).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged articles are missing or changed in the store: {string.Join(", ", lost.Take(10))}");

        var report = IndexConsistency.Check(engine.Store, engine.Index);
        Assert.True(report.Agree, $"index and store disagree: missing {report.MissingFromIndex.Count}, extra {report.NotInStore.Count}, differing {report.ContentDiffers.Count}");
        var probe = acknowledged.Keys.OrderBy(_ => random.Next()).Take(20).ToList();
        foreach (var id in probe)
        {
            var number = id[1..];
            Assert.Contains(engine.Search(new Fundus.Searching.SearchRequest { Query = $"Prüfnummer{number}" }).Hits, h => h.Id == id);
        }

        using var directory = FSDirectory.Open(engine.Index.Layout.PathOf(engine.Index.Layout.CurrentGeneration!));
        Assert.True(new CheckIndex(directory).DoCheckIndex().Clean, "CheckIndex found problems");
    }

    private static string Teaser(int i) => $"Meldung Prüfnummer{i}: Die Stadt testet digitale Bürgerdienste und berichtet über die Ergebnisse.";

    private Process StartServer(int port)
    {
        var fundus = Path.Combine(AppContext.BaseDirectory, "fundus.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { fundus, "serve", "--data", _data.Path, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_TieredPGO"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilAnsweringAsync(HttpClient client, Process server)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"fundus serve exited with {server.ExitCode} before answering");
            }

            try
            {
                using var response = await client.GetAsync("/api/search?q=Stadt&size=1");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("fundus serve did not answer within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _data.Dispose();
}
