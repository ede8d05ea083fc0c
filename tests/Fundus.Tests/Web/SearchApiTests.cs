using System.Net;
using System.Text.Json;

namespace Fundus.Tests.Web;

public sealed class SearchApiTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task Serving_an_empty_data_directory_serves_the_seed()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?size=1"));

        Assert.Equal(SeedFile.TeaserCount, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_search_answers_with_plain_teaser_marked_highlight_and_every_documented_field()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=Geisterst%C3%A4dten&size=5"));

        var root = json.RootElement;
        Assert.Equal(["total", "page", "size", "tookMs", "hits", "facets", "didYouMean", "relaxed"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(
            ["id", "title", "teaser", "authors", "format", "places", "topics", "published", "url", "score", "highlight"],
            hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("published").ValueKind);
        Assert.DoesNotContain("<mark>", hit.GetProperty("teaser").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>Geisterstädten</mark>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?size=500")]
    [InlineData("/api/search?page=0")]
    [InlineData("/api/search?page=zwei")]
    [InlineData("/api/search?page=1000&size=100")]
    public async Task Bad_parameters_answer_400_with_a_problem_a_person_understands(string url)
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_search_page_echoes_a_hostile_query_inert()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"de\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_imported_while_the_server_runs_become_searchable()
    {
        await using var server = await RunningServer.StartAsync(_data);
        await server.Client.GetStringAsync("/api/search");

        // The CLI, in another process, opens the same data directory and imports; it cannot take the index.
        using (var cli = _data.OpenEngine())
        {
            Assert.False(cli.Index.IsWriter);
            cli.Import([_data.File("neu.jsonl", """{"id":"neu","teaser":"Die Hansestadt Rostock startet ein Reallabor für Mobilität."}""" + "\n")]);
        }

        var total = 0;
        for (var attempt = 0; attempt < 100 && total == 0; attempt++)
        {
            await Task.Delay(50);
            using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=Rostock"));
            total = json.RootElement.GetProperty("total").GetInt32();
        }

        Assert.Equal(1, total);
    }

    [Fact]
    public async Task Filters_by_author_and_place_narrow_the_results_and_values_of_one_filter_combine_with_OR()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var huemer = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?author=Ulrike%20Huemer&size=50"));
        using var either = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?author=Ulrike%20Huemer&author=Lena%20Sargalski&size=50"));
        using var both = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?author=Ulrike%20Huemer&place=Linz&format=Werkstattbericht&size=50"));

        var huemerTotal = huemer.RootElement.GetProperty("total").GetInt32();
        Assert.True(huemerTotal > 0);
        Assert.True(either.RootElement.GetProperty("total").GetInt32() > huemerTotal);
        Assert.All(both.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Werkstattbericht", h.GetProperty("format").GetString()));
        Assert.True(both.RootElement.GetProperty("total").GetInt32() <= huemerTotal);
    }

    [Fact]
    public async Task An_article_shows_where_each_value_came_from_and_an_unknown_id_is_404()
    {
        await using var server = await RunningServer.StartAsync(_data);
        using var search = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=Fehlerkultur&size=1"));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString();

        using var article = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/articles/{id}"));
        using var missing = await server.Client.GetAsync("/api/articles/gibt-es-nicht");

        var provenance = article.RootElement.GetProperty("provenance").EnumerateArray().ToList();
        Assert.Contains(provenance, p => p.GetProperty("field").GetString() == "authors" && p.GetProperty("value").GetString() == "Philipp Stolz"
            && p.GetProperty("origin").GetString() == "extracted" && p.GetProperty("rule").GetString() == "verb-name");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Author_names_in_results_link_to_their_facet()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var html = await server.Client.GetStringAsync("/suche?q=Fehlerkultur");

        Assert.Contains("<a href=\"/suche?author=Philipp%20Stolz\">Philipp Stolz</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_selected_facet_value_keeps_the_counts_of_the_other_values_of_its_facet()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var all = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?size=1"));
        using var one = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?size=1&format=Standpunkt"));

        var formatsAll = Counts(all, "format");
        var formatsOne = Counts(one, "format");
        Assert.Equal(formatsAll, formatsOne);
        Assert.Equal(formatsAll["Standpunkt"], one.RootElement.GetProperty("total").GetInt32());
        Assert.True(Counts(one, "places").Values.Sum() < Counts(all, "places").Values.Sum());
    }

    [Fact]
    public async Task Related_articles_share_the_topic_and_leave_the_article_out()
    {
        await using var server = await RunningServer.StartAsync(_data);
        using var search = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=KI-Kompass&size=1"));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString();

        using var related = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/articles/{id}/related"));

        var teasers = related.RootElement.EnumerateArray().Select(a => a.GetProperty("teaser").GetString()!).ToList();
        Assert.NotEmpty(teasers);
        Assert.DoesNotContain(related.RootElement.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Contains(teasers, t => t.Contains("Linz", StringComparison.Ordinal) || t.Contains("Intelligenz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_come_from_metadata_words_that_start_with_what_was_typed()
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/suggest?q=ginz"));

        var first = json.RootElement[0];
        Assert.Equal("Beate Ginzel", first.GetProperty("value").GetString());
        Assert.Equal("authors", first.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/search?sort=zufall")]
    [InlineData("/api/search?from=gestern")]
    [InlineData("/api/search?from=2024-06-01&to=2024-01-01")]
    public async Task Unknown_sort_and_malformed_dates_answer_400(string url)
    {
        await using var server = await RunningServer.StartAsync(_data);

        using var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_facets_whose_links_toggle_the_filter_and_chips_that_remove_it()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var page = await server.Client.GetStringAsync("/suche?q=KI");
        var filtered = await server.Client.GetStringAsync("/suche?q=KI&format=Werkstattbericht");

        Assert.Contains("href=\"/suche?q=KI&amp;format=Werkstattbericht\"", page, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/suche\\?q=KI\" data-facet aria-current=\"true\"[^>]*>.*?Werkstattbericht</span>", filtered);
        Assert.Contains("<a href=\"/suche?q=KI\">Format: Werkstattbericht", filtered, StringComparison.Ordinal);
        Assert.Contains("Alle Filter entfernen", filtered, StringComparison.Ordinal);
        Assert.Matches("<title>KI: [0-9]+ Treffer – Erweiterte Suche – Fundus</title>", page);
    }

    [Fact]
    public async Task An_article_page_links_its_metadata_into_the_facets_and_shows_related_articles()
    {
        await using var server = await RunningServer.StartAsync(_data);
        using var search = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=Fehlerkultur&size=1"));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString();

        var html = await server.Client.GetStringAsync($"/artikel/{id}");
        using var missing = await server.Client.GetAsync("/artikel/gibt-es-nicht");

        Assert.Contains("<a href=\"/suche?author=Philipp%20Stolz\">Philipp Stolz</a>", html, StringComparison.Ordinal);
        Assert.Contains("Ähnliche Artikel", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/artikel/", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_committed_OpenAPI_document_lists_every_route_the_server_serves()
    {
        await using var server = await RunningServer.StartAsync(_data);

        var servedText = await server.Client.GetStringAsync("/openapi/v1.json");
        using var served = JsonDocument.Parse(servedText);
        var committedPath = Path.Combine(RepositoryRoot(), "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("FUNDUS_UPDATE_OPENAPI") == "1")
        {
            // FUNDUS_UPDATE_OPENAPI=1 dotnet test --filter The_committed_OpenAPI: refreshes the committed copy.
            var document = System.Text.Json.Nodes.JsonNode.Parse(servedText)!.AsObject();
            document.Remove("servers");
            await File.WriteAllTextAsync(committedPath, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        using var committed = JsonDocument.Parse(await File.ReadAllTextAsync(committedPath));

        var paths = served.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Contains("/api/search", paths);
        Assert.Equal(paths, committed.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fundus.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Fundus.slnx not found above the test binaries.");
    }

    private static Dictionary<string, int> Counts(JsonDocument json, string facet) =>
        json.RootElement.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    public void Dispose() => _data.Dispose();
}
