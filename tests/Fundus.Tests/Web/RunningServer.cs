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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
