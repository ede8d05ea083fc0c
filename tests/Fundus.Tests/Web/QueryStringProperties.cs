using System.Diagnostics;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Fundus.Tests.Web;

/// <summary>
/// Every query-string parameter of the search page and the API, filled with hostile values (deep nesting, huge
/// inputs, wildcard and fuzzy bombs, control characters, numbers out of range, repeated filters): the answer is
/// 200 or a 400 problem (or 414 from Kestrel for a request line over 8 KB), within a time bound, never a 500.
/// </summary>
public sealed class QueryStringProperties : IClassFixture<QueryStringProperties.Server>
{
    /// <summary>An answer slower than this is a denial of service waiting to happen.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static readonly string[] Parameters =
        ["q", "author", "format", "place", "organization", "topic", "year", "from", "to", "sort", "page", "size", "explain", "unbekannt"];

    private static readonly string[] Values =
    [
        "", " ", "Linz", "Beate Ginzel", "Werkstattbericht", "2024", "2024-02-30", "2024-13-01", "9999-12-31", "0001-01-01", "-1", "0",
        "1", "10", "100", "101", "1001", "99999999999999999999", "1e9", "NaN", "true", "relevance", "newest", "oldest", "RELEVANCE",
        "*", "a*", "Di*", "*digital", "?", "~", "Digitalisirung~2", "\"", "\"\"", "(", ")", "((((((((((((((((((((a))))))))))))))))))))",
        "ODER", "NICHT", "-", "--x", "autor:", "von:", "von:2024-99-99", "\u0000", "\u001b[31m", "\r\n", "\t", "%", "%%", "&", "=",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "🚀", "\uFFFF", "ß", "Bürger:innen", "x".PadRight(5_000, 'x'),
        string.Concat(Enumerable.Repeat("a* ", 300)), string.Concat(Enumerable.Repeat("(", 500)), string.Concat(Enumerable.Repeat("Stadt ODER ", 200)),
    ];

    private readonly Server _server;

    public QueryStringProperties(Server server) => _server = server;

    /// <summary>A query string: up to eight parameters, each with one of the hostile values or a pair of them, some repeated.</summary>
    public static Arbitrary<string> QueryStrings()
    {
        var parameter =
            from name in Gen.Elements(Parameters)
            from value in Gen.Elements(Values)
            from second in Gen.Elements(Values)
            from repeat in Gen.Choose(1, 60)
            let text = repeat % 7 == 0 ? value + second : value
            select Enumerable.Repeat($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(text)}", repeat > 55 ? repeat : 1);
        return Gen.Choose(0, 8)
            .SelectMany(count => parameter.ListOf(count))
            .Select(parts => string.Join('&', parts.SelectMany(p => p)))
            .ToArbitrary();
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(QueryStringProperties)])]
    public bool Any_query_string_on_the_api_answers_200_or_a_400_problem_in_time(string query) => Answers("/api/search?" + query, json: true);

    [Property(MaxTest = 400, Arbitrary = [typeof(QueryStringProperties)])]
    public bool Any_query_string_on_the_page_answers_200_in_time(string query) => Answers("/suche?" + query, json: false);

    [Property(MaxTest = 200, Arbitrary = [typeof(QueryStringProperties)])]
    public bool Any_query_string_on_suggestions_answers_200_in_time(string query) => Answers("/api/suggest?" + query, json: true);

    [Fact]
    public async Task A_thousand_hostile_requests_leave_memory_bounded()
    {
        var random = new Random(20261126);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 1_000; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
                $"{Parameters[random.Next(Parameters.Length)]}={Uri.EscapeDataString(Values[random.Next(Values.Length)])}"));
            using var response = await _server.Running.Client.GetAsync((i % 2 == 0 ? "/api/search?" : "/suche?") + query);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, $"{query} answered {response.StatusCode}");
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 200L * 1024 * 1024, $"managed memory grew by {(after - before) / (1024 * 1024)} MiB over 1,000 requests");
    }

    private bool Answers(string url, bool json)
    {
        var clock = Stopwatch.StartNew();
        using var response = _server.Running.Client.GetAsync(url).GetAwaiter().GetResult();
        var type = response.Content.Headers.ContentType?.MediaType;
        var ok = response.StatusCode switch
        {
            HttpStatusCode.OK => type == (json ? "application/json" : "text/html"),
            HttpStatusCode.BadRequest => json && type == "application/problem+json",

            // Kestrel refuses a request line over 8 KB before any of Fundus runs: a bound of its own.
            HttpStatusCode.RequestUriTooLong => true,
            _ => false,
        };
        return ok && clock.Elapsed < Bound;
    }

    /// <summary>One server on the seed for all properties: thousands of requests, one index.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly TempDataDirectory _data = new();

        public RunningServer Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningServer.StartAsync(_data, new Fundus.Web.FundusWebOptions { MaxConcurrentRequests = 64 });

        public async Task DisposeAsync()
        {
            await Running.DisposeAsync();
            _data.Dispose();
        }
    }
}
