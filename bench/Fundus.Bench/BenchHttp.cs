using System.Globalization;

namespace Fundus.Bench;

/// <summary>The GET every HTTP bench sends: a failure is an error, and the server's own time comes along.</summary>
internal static class BenchHttp
{
    /// <summary>The body of a successful answer and the milliseconds of its <c>Server-Timing</c> header (NaN without).</summary>
    public static (string Body, double ServerMs) Get(HttpClient client, string url)
    {
        using var response = client.GetAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {body}");
        }

        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? values.First() : "app;dur=NaN";
        return (body, double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture));
    }
}
