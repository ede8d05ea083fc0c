using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Fundus.Web;

/// <summary>
/// Adds <c>Server-Timing: app;dur=…</c> to every answer: the milliseconds Fundus spent on the request, as browsers'
/// developer tools and <c>fundus-bench http</c> read it, apart from the time on the wire.
/// </summary>
internal static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        http.Response.OnStarting(() =>
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed:0.###}");
            return Task.CompletedTask;
        });
        return next(http);
    });
}
