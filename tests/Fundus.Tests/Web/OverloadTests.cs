using System.Net;
using Fundus.Web;

namespace Fundus.Tests.Web;

/// <summary>How the server behaves when more arrives than it can work on, and before it can work at all.</summary>
public sealed class OverloadTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task Overload_is_answered_with_429_and_retry_after_and_never_with_an_error()
    {
        await using var server = await RunningServer.StartAsync(_data, new FundusWebOptions { MaxConcurrentRequests = 1, RequestQueueLimit = 1 });

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await server.Client.GetAsync($"/api/search?q=Digitalisierung%20Verwaltung%20Kommunen&size=100&page=1&n={i}");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Type: response.Content.Headers.ContentType?.MediaType);
        }));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, a => Assert.Equal(TimeSpan.FromSeconds(1), a.RetryAfter));
        Assert.All(refused, a => Assert.Equal("application/problem+json", a.Type));
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"answered {a.StatusCode}"));
    }

    [Fact]
    public async Task While_a_missing_index_is_rebuilt_the_server_answers_503_with_retry_after_then_searches()
    {
        using (var engine = _data.OpenEngine())
        {
            engine.ImportSeedIfEmpty();
            engine.Store.Upsert([.. Enumerable.Range(0, 3_000).Select(i => new Article
            {
                Id = $"a{i}", Teaser = $"Artikel {i}: Die Gemeinde Nummer {i} digitalisiert ihre Verwaltung und berichtet über Bürgerbeteiligung.",
            })]);
        }

        Directory.Delete(Path.Combine(_data.Path, "index"), recursive: true);
        await using var server = await RunningServer.StartAsync(_data, waitUntilReady: false);

        using var early = await server.Client.GetAsync("/api/search?q=Verwaltung");
        var problem = await early.Content.ReadAsStringAsync();
        using var page = await server.Client.GetAsync("/suche?q=Verwaltung");
        var html = await page.Content.ReadAsStringAsync();
        HttpStatusCode status;
        var attempts = 0;
        do
        {
            await Task.Delay(100);
            using var later = await server.Client.GetAsync("/api/search?q=Gemeinde");
            status = later.StatusCode;
        }
        while (status == HttpStatusCode.ServiceUnavailable && ++attempts < 600);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.NotNull(early.Headers.RetryAfter);
        Assert.Contains("Suchindex", problem, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Gleich wieder da", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3_066, server.Engine.Index.Search(s => s.IndexReader.NumDocs));
    }

    public void Dispose() => _data.Dispose();
}
