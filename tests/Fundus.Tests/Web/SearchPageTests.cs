using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fundus.Tests.Web;

/// <summary>The server-rendered pages: what they show, what they echo, and how they answer requests they cannot serve.</summary>
public sealed class SearchPageTests : IDisposable
{
    private const string HostileTeaser =
        """Die Stadtwerke Musterstadt testen <script>alert(1)</script> und <img src=x onerror="alert(2)"> im Reallabor für Mobilität und Verkehr.""";

    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task A_teaser_with_markup_comes_back_inert_on_the_page_and_as_plain_text_in_the_api()
    {
        ImportBeforeStart(new { id = "boese", teaser = HostileTeaser, title = "Reallabor <b>Mobilität</b>" });
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=Stadtwerke");
        var article = await server.Client.GetStringAsync("/artikel/boese");
        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=Stadtwerke"));
        var hit = json.RootElement.GetProperty("hits")[0];

        foreach (var page in new[] { html, article })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Mobilität", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        }

        Assert.Contains("<mark>Stadtwerke</mark>", html, StringComparison.Ordinal);
        Assert.Equal(HostileTeaser, hit.GetProperty("teaser").GetString());
        Assert.Contains("&lt;script&gt;", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Linz")]
    [InlineData("/artikel/gibt-es-nicht")]
    [InlineData("/hilfe")]
    public async Task The_pages_send_a_content_security_policy_that_allows_only_fundus_itself(string url)
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var response = await server.Client.GetAsync(url);
        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>|<style|style=\"", html);
    }

    [Fact]
    public async Task A_page_too_deep_is_explained_on_the_page_and_not_answered_with_an_error()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var response = await server.Client.GetAsync("/suche?q=Stadt&page=5000");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("So weit blättert die Suche nicht", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/suche?q=Stadt\">Zur ersten Seite</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Stadt\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_hit_offers_the_first_page()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=Linz&page=40");

        Assert.Contains("Seite 40 gibt es für diese Suche nicht", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/suche?q=Linz\">Zur ersten Seite</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_lists_every_article_so_the_filters_alone_browse_the_archive()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var all = await server.Client.GetStringAsync("/suche");
        var werkstatt = await server.Client.GetStringAsync("/suche?format=Werkstattbericht");
        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?format=Werkstattbericht&size=100"));

        Assert.Contains($"<h2 id=\"treffer\" tabindex=\"-1\">{SeedFile.TeaserCount} Treffer</h2>", all, StringComparison.Ordinal);
        var count = json.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(count, 2, SeedFile.TeaserCount - 1);
        Assert.Contains($">{count} Treffer</h2>", werkstatt, StringComparison.Ordinal);
        Assert.All(json.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Werkstattbericht", h.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task No_hits_say_so_plainly_and_offer_a_search_without_filters()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=Linz&format=Kommentar&sort=newest");

        Assert.Contains(">Keine Treffer</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Zu dieser Suche gibt es keine Artikel.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/suche?q=Linz&amp;sort=newest\">Ohne Filter suchen</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_search_offers_the_better_spelling_as_a_link()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=Digitalisirung");

        Assert.Matches("Meinten Sie <a href=\"/suche\\?q=Digitalisierung\">Digitalisierung</a>\\?", html);
    }

    [Fact]
    public async Task The_form_shows_every_filter_of_the_url_so_a_bookmark_restores_the_search()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync(
            "/suche?q=KI&author=Beate%20Ginzel&author=Lena%20Sargalski&format=Werkstattbericht&place=Linz&topic=Smart%20City&from=2020-01-01&to=2025-12-31&sort=newest&size=20");

        Assert.Contains("id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"1000\" value=\"KI\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"author\" maxlength=\"200\" value=\"Beate Ginzel\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"author\" value=\"Lena Sargalski\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Werkstattbericht\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"place\" maxlength=\"200\" value=\"Linz\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"topic\" maxlength=\"200\" value=\"Smart City\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" value=\"2020-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"newest\" selected>Neueste zuerst</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"20\" selected>20</option>", html, StringComparison.Ordinal);
        Assert.Contains("Zeitraum: 2020-01-01 bis 2025-12-31", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_and_script_are_served_by_fundus_with_a_content_hash_that_lets_browsers_keep_them()
    {
        await using var server = await RunningServer.StartAsync(_data);
        var html = await server.Client.GetStringAsync("/");

        foreach (Match asset in Regex.Matches(html, "(?:href|src)=\"(/assets/[a-z]+\\.(?:css|js)\\?v=[0-9a-f]{12})\""))
        {
            using var response = await server.Client.GetAsync(asset.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            using var again = new HttpRequestMessage(HttpMethod.Get, asset.Groups[1].Value);
            again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
            using var revalidated = await server.Client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        Assert.Equal(2, Regex.Matches(html, "/assets/").Count);
    }

    [Fact]
    public async Task The_help_page_shows_the_search_syntax_from_the_documentation()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/hilfe");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<code>autor:</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titles_are_suggested_while_typing()
    {
        ImportBeforeStart(new { id = "titel", title = "Reallabor Mobilität in Musterstadt", teaser = "Die Stadtwerke Musterstadt testen ein Reallabor für Mobilität und Verkehr in der Innenstadt." });
        await using var server = await RunningServer.StartAsync(_data);

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/suggest?q=realla"));

        Assert.Contains(json.RootElement.EnumerateArray(), s =>
            s.GetProperty("value").GetString() == "Reallabor Mobilität in Musterstadt" && s.GetProperty("field").GetString() == "title");
    }

    private void ImportBeforeStart(object article)
    {
        using var engine = _data.OpenEngine();
        var report = engine.Import([_data.File("artikel.jsonl", JsonSerializer.Serialize(article) + "\n")]);
        Assert.Equal(1, report.Created);
    }

    public void Dispose() => _data.Dispose();
}
