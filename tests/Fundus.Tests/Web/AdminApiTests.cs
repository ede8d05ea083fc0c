using System.Net;
using System.Text;
using System.Text.Json;
using Fundus.Access;
using Fundus.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fundus.Tests.Web;

/// <summary>The routes that change data: who may call them, what they accept, and what they answer.</summary>
public sealed class AdminApiTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task Every_route_that_changes_data_answers_401_without_a_key_and_403_with_a_key_whose_role_is_too_low()
    {
        var reader = CreateKey("leser", ApiKeyRole.Reader);
        await using var server = await RunningServer.StartAsync(_data);

        // Every endpoint the app maps, from its own metadata: a new route cannot slip through unguarded.
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var changing = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Where(e => e.Method is not ("GET" or "HEAD" or "OPTIONS") || e.Route.StartsWith("/api/admin", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(changing, e => e is { Method: "POST", Route: "/api/articles" });
        Assert.Contains(changing, e => e is { Method: "DELETE", Route: "/api/articles/{id}" });
        Assert.Contains(changing, e => e is { Method: "POST", Route: "/api/reindex" });
        foreach (var (method, route) in changing)
        {
            var url = route.Replace("{id}", "seed-1", StringComparison.Ordinal);
            using var anonymous = await server.SendAsync(method, url, credential: null, body: "[]");
            using var tooLow = await server.SendAsync(method, url, reader, body: "[]");

            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {route} without a key answered {anonymous.StatusCode}");
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
            Assert.True(tooLow.StatusCode == HttpStatusCode.Forbidden, $"{method} {route} with a reader key answered {tooLow.StatusCode}");
        }
    }

    [Fact]
    public async Task A_batch_is_acknowledged_per_article_and_becomes_searchable_within_a_second()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        const string Batch =
            """
            [
              { "id": "neu-1", "teaser": "Die Hansestadt Rostock startet ein Reallabor für Mobilität.", "authors": ["Ina Beispiel"] },
              { "id": "neu-2", "teaser": "Greifswald digitalisiert die Bauanträge." },
              { "id": "kaputt", "published": "gestern" },
              { "teaser": "Ohne Kennung: Stralsund baut ein Bürgerportal.", "farbe": "blau" }
            ]
            """;

        using var first = await server.SendAsync("POST", "/api/articles", editor, Batch);
        using var again = await server.SendAsync("POST", "/api/articles", editor, Batch);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var repeated = JsonDocument.Parse(await again.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["created", "created", "rejected", "created"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Contains("teaser", results[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("farbe", results[3].GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(3, repeated.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(1, await server.WaitForHitsAsync("Rostock", expected: 1));
        Assert.Equal(1, await server.WaitForHitsAsync("Stralsund", expected: 1));
    }

    [Fact]
    public async Task Deleting_an_article_removes_it_from_search_and_a_second_delete_is_404()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        using (await server.SendAsync("POST", "/api/articles", editor, """[{ "id": "weg", "teaser": "Die Gemeinde Quickborn testet Sensoren im Abwasserkanal." }]"""))
        {
        }

        Assert.Equal(1, await server.WaitForHitsAsync("Quickborn", expected: 1));
        using var deleted = await server.SendAsync("DELETE", "/api/articles/weg", editor, body: null);
        using var twice = await server.SendAsync("DELETE", "/api/articles/weg", editor, body: null);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.Equal(0, await server.WaitForHitsAsync("Quickborn", expected: 0));
    }

    [Theory]
    [InlineData("{ \"teaser\": \"kein Array\" }", "JSON-Array")]
    [InlineData("[ { \"teaser\": ", "kein gültiges JSON")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "kein gültiges JSON")]
    public async Task A_malformed_batch_is_refused_with_a_problem_and_stores_nothing(string body, string expected)
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        var before = server.Engine.Store.LastSequence();

        using var response = await server.SendAsync("POST", "/api/articles", editor, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, server.Engine.Store.LastSequence());
    }

    [Fact]
    public async Task An_article_with_half_a_character_is_rejected_and_the_rest_of_its_batch_stored()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        const string Body = """
            [
              { "id": "halb", "teaser": "Ein Teaser mit \ud800 darin." },
              { "id": "ganz", "teaser": "Wismar öffnet ein digitales Bürgeramt." }
            ]
            """;

        using var response = await server.SendAsync("POST", "/api/articles", editor, Body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["rejected", "created"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Contains("half of a UTF-16 character", results[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await server.WaitForHitsAsync("Wismar", expected: 1));
    }

    [Fact]
    public async Task Batches_over_the_size_limits_are_refused_with_a_problem_that_says_the_limit()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data, new FundusWebOptions { MaxBatchSize = 3, MaxRequestBodyBytes = 4096 });
        var before = server.Engine.Store.LastSequence();
        var four = "[" + string.Join(',', Enumerable.Range(0, 4).Select(i => $$"""{ "teaser": "Artikel {{i}} über Kommunen und Verwaltung." }""")) + "]";
        var huge = "[{ \"teaser\": \"" + new string('x', 10_000) + "\" }]";

        using var tooMany = await server.SendAsync("POST", "/api/articles", editor, four);
        using var tooBig = await server.SendAsync("POST", "/api/articles", editor, huge);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Höchstens 3 Artikel", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("höchstens", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, server.Engine.Store.LastSequence());
    }

    [Fact]
    public async Task An_overlong_field_rejects_that_article_with_the_limit_and_keeps_the_others()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        var body = "[{ \"id\": \"lang\", \"teaser\": \"" + string.Concat(Enumerable.Repeat("Wort ", 5_000)) + "\" }, { \"id\": \"kurz\", \"teaser\": \"Kurzer Text über Husum.\" }]";

        using var response = await server.SendAsync("POST", "/api/articles", editor, body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var results = json.RootElement.GetProperty("results");
        Assert.Equal("rejected", results[0].GetProperty("status").GetString());
        Assert.Contains("at most 20,000", results[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("created", results[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_and_an_admin_key_may_rebuild_the_index()
    {
        var editor = CreateKey("cms", ApiKeyRole.Editor);
        var admin = CreateKey("betrieb", ApiKeyRole.Admin);
        await using var server = await RunningServer.StartAsync(_data);

        using var editorReindex = await server.SendAsync("POST", "/api/reindex", editor, body: null);
        using var adminReindex = await server.SendAsync("POST", "/api/reindex", admin, body: null);
        using (var keys = ApiKeyStore.OpenIn(_data.Path))
        {
            Assert.True(keys.Revoke("cms"));
        }

        using var revoked = await server.SendAsync("POST", "/api/articles", editor, "[]");

        Assert.Equal(HttpStatusCode.Forbidden, editorReindex.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, adminReindex.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task Query_statistics_count_searches_and_zero_hits_and_keep_nothing_about_the_reader()
    {
        var editor = CreateKey("redaktion", ApiKeyRole.Editor);
        await using var server = await RunningServer.StartAsync(_data);
        foreach (var query in new[] { "Linz", "linz", "  Linz ", "Quallenzucht", "Linz" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q={Uri.EscapeDataString(query)}");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            (await server.Client.SendAsync(request)).Dispose();
        }

        using var report = await server.SendAsync("GET", "/api/admin/queries?days=7", editor, body: null);
        using var json = JsonDocument.Parse(await report.Content.ReadAsStringAsync());

        var top = json.RootElement.GetProperty("top")[0];
        Assert.Equal("linz", top.GetProperty("query").GetString());
        Assert.Equal(4, top.GetProperty("searches").GetInt64());
        var zero = Assert.Single(json.RootElement.GetProperty("zeroResults").EnumerateArray());
        Assert.Equal("quallenzucht", zero.GetProperty("query").GetString());

        // What the table can hold at all: a day, the query text and two counts.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.Path, Fundus.Storage.SqliteArticleStore.FileName)}");
        connection.Open();
        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT name FROM pragma_table_info('query_stats') ORDER BY cid";
        using var names = columns.ExecuteReader();
        var found = new List<string>();
        while (names.Read())
        {
            found.Add(names.GetString(0));
        }

        Assert.Equal(["day", "query", "searches", "zero_hits"], found);
    }

    private string CreateKey(string name, ApiKeyRole role)
    {
        using var keys = ApiKeyStore.OpenIn(_data.Path);
        return keys.Create(name, role);
    }

    public void Dispose() => _data.Dispose();
}
