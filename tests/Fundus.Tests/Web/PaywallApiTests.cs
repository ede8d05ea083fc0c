using System.Net;
using Fundus.Access;
using Fundus.Web;

namespace Fundus.Tests.Web;

/// <summary>
/// The paywall through every door a reader has: a word that appears only in a subscriber-only body never appears,
/// and never changes a count, in any anonymous answer — also right after a subscriber ran the same query.
/// </summary>
public sealed class PaywallApiTests : IDisposable
{
    private const string Canary = "Kanarienvogelprotokoll";
    private const string Secret = "ein-geheimnis-das-lang-genug-ist-fuer-hmac-0123456789";

    private static readonly FundusWebOptions WithSecret = new() { SubscriberSecret = Secret };

    private readonly TempDataDirectory _data = new();

    public PaywallApiTests()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        engine.Store.Upsert(
        [
            new Article
            {
                Id = "abo", Teaser = "Wie die Stadt Kiel ihre Haushaltsplanung digitalisiert, berichtet die Kämmerin.", Format = "Werkstattbericht",
                Body = $"Das {Canary} regelt die Freigaben. Die Kämmerei in Flensburg prüft Rücklagen.", Access = ArticleAccess.Subscriber,
            },
        ]);
        engine.Index.CatchUp();
    }

    /// <summary>Every anonymous answer that could carry the canary: API, page, suggestions, article, related.</summary>
    private static readonly string[] AnonymousUrls =
    [
        $"/api/search?q={Canary}", "/api/search?q=Kanarienvogelprotokol", "/api/search?q=Flensburg", "/api/search?q=Kiel&size=100",
        "/api/search?size=100", $"/suche?q={Canary}", "/suche?q=Kiel", "/api/suggest?q=Kanari", "/api/suggest?q=Flens",
        "/api/articles/abo", "/artikel/abo", "/api/articles/abo/related",
    ];

    [Fact]
    public async Task A_subscriber_token_finds_the_body_and_anonymous_answers_stay_byte_for_byte_the_same()
    {
        await using var server = await RunningServer.StartAsync(_data, WithSecret);
        var token = SubscriberToken.Issue(Secret, "leserin-42", DateTimeOffset.UtcNow.AddMinutes(10));

        var before = await AnonymousAnswersAsync(server);
        var subscriber = await server.WaitForHitsAsync(Canary, expected: 1, token);
        using var article = await server.SendAsync("GET", "/api/articles/abo", token, body: null);
        var after = await AnonymousAnswersAsync(server);

        Assert.Equal(1, subscriber);
        Assert.Contains(Canary, await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, after);
        // A page echoes the reader's own query; no other answer may name the canary.
        Assert.All(after.Select((answer, i) => (Url: AnonymousUrls[i], Answer: answer)), a =>
            Assert.False(a.Answer.Contains(Canary, StringComparison.Ordinal) && !a.Url.Contains(Canary, StringComparison.Ordinal), $"{a.Url} names the canary"));
        Assert.Contains("Keine Treffer", after[Array.IndexOf(AnonymousUrls, $"/suche?q={Canary}")], StringComparison.Ordinal);
        Assert.Equal("[]", after[Array.IndexOf(AnonymousUrls, "/api/suggest?q=Kanari")]);
        Assert.All(after.Select((answer, i) => (Url: AnonymousUrls[i], Answer: answer)), a =>
            Assert.False(a.Answer.Contains("Flensburg", StringComparison.Ordinal) && !a.Url.Contains("Flens", StringComparison.Ordinal), $"{a.Url} mentions Flensburg"));
        Assert.Contains("\"total\":0", after[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscriber_cookie_opens_the_article_page_and_a_reader_key_searches_as_a_subscriber()
    {
        await using var server = await RunningServer.StartAsync(_data, WithSecret);
        string readerKey;
        using (var keys = ApiKeyStore.OpenIn(_data.Path))
        {
            readerKey = keys.Create("partner", ApiKeyRole.Reader);
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, "/artikel/abo");
        page.Headers.Add("Cookie", $"fundus_abo={SubscriberToken.Issue(Secret, "x", DateTimeOffset.UtcNow.AddMinutes(5))}");
        using var pageResponse = await server.Client.SendAsync(page);

        Assert.Contains(Canary, await pageResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await server.WaitForHitsAsync(Canary, expected: 1, readerKey));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("forged")]
    [InlineData("garbage")]
    public async Task An_expired_forged_or_malformed_token_sees_what_everyone_sees(string kind)
    {
        await using var server = await RunningServer.StartAsync(_data, WithSecret);
        var token = kind switch
        {
            "expired" => SubscriberToken.Issue(Secret, "leserin", DateTimeOffset.UtcNow.AddSeconds(-1)),
            "forged" => SubscriberToken.Issue("ein-anderes-geheimnis-ebenfalls-lang-genug-0123456789", "leserin", DateTimeOffset.UtcNow.AddMinutes(5)),
            _ => "v1.kein.gueltiges.token",
        };

        using var search = await server.SendAsync("GET", $"/api/search?q={Canary}", token, body: null);
        using var article = await server.SendAsync("GET", "/api/articles/abo", token, body: null);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("\"total\":0", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_secret_no_token_is_accepted()
    {
        await using var server = await RunningServer.StartAsync(_data);
        var token = SubscriberToken.Issue(Secret, "leserin", DateTimeOffset.UtcNow.AddMinutes(5));

        using var search = await server.SendAsync("GET", $"/api/search?q={Canary}", token, body: null);

        Assert.Contains("\"total\":0", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> AnonymousAnswersAsync(RunningServer server)
    {
        var answers = new List<string>();
        foreach (var url in AnonymousUrls)
        {
            using var response = await server.Client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();

            // tookMs and Server-Timing differ between calls; everything else must not.
            answers.Add(System.Text.RegularExpressions.Regex.Replace(text, "\"tookMs\":[0-9.eE+-]+", "\"tookMs\":0"));
        }

        return answers;
    }

    public void Dispose() => _data.Dispose();
}
