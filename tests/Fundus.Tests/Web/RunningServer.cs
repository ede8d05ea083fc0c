using Fundus.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Fundus.Tests.Web;

/// <summary>A real Fundus web host on a free loopback port, over a test's data directory.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public FundusEngine Engine => _app.Services.GetRequiredService<FundusEngine>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the server and waits until its engine is open (before, it answers 503).</summary>
    public static async Task<RunningServer> StartAsync(TempDataDirectory data, FundusWebOptions? web = null, bool waitUntilReady = true)
    {
        var app = FundusWebApp.Build(data.Options, ["http://127.0.0.1:0"], web: web);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (waitUntilReady)
        {
            await app.Services.GetRequiredService<EngineHost>().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        }

        return new RunningServer(app, new Uri(address));
    }

    /// <summary>A request with an optional bearer credential (API key or subscriber token) and JSON body.</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, string url, string? credential, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (credential is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request);
    }

    /// <summary>The hit count of a search once it reaches <paramref name="expected"/> (the index follows within a second), or the last one seen.</summary>
    public async Task<long> WaitForHitsAsync(string query, long expected, string? credential = null)
    {
        long total = -1;
        for (var attempt = 0; attempt < 40 && total != expected; attempt++)
        {
            using var response = await SendAsync("GET", $"/api/search?q={Uri.EscapeDataString(query)}", credential, body: null);
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            total = json.RootElement.GetProperty("total").GetInt64();
            if (total != expected)
            {
                await Task.Delay(50);
            }
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
