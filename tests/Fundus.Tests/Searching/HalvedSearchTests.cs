using Fundus.Searching;
using Lucene.Net.Search;

namespace Fundus.Tests.Searching;

public sealed class HalvedSearchTests : IDisposable
{
    private static readonly string[] Cities = ["Köln", "Leipzig", "Ulm", "Kiel", "Trier"];

    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("Verwaltung", 1)]
    [InlineData("Verwaltung", 7)]
    [InlineData("Verwaltung Leipzig", 2)]
    [InlineData("Digitalisierung OR Bürgerbeteiligung", 1)]
    [InlineData("", 3)]
    public void A_search_in_halves_ranks_and_counts_as_one_pass(string query, int page)
    {
        using var engine = _data.OpenEngine();
        Index(engine, 1_500);
        var request = new SearchRequest { Query = query, Page = page, Size = 10, Highlight = false };

        engine.Searcher.SplitAbove = long.MaxValue;
        var whole = engine.Search(request);
        engine.Searcher.SplitAbove = 1;
        var halves = engine.Search(request);

        Assert.True(whole.Total > 100, $"'{query}' should match many articles, not {whole.Total}");
        Assert.Equal(whole.Total, halves.Total);
        Assert.Equal(whole.Hits.Select(h => (h.Id, h.Score)), halves.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(10, halves.Hits.Count);
        Assert.Equal(Flatten(whole.Facets), Flatten(halves.Facets));
    }

    [Fact]
    public void A_query_with_many_matches_is_scored_in_two_parts_and_one_with_few_in_one()
    {
        using var engine = _data.OpenEngine();

        // One segment of 300 articles: the indexing threads would otherwise cut it into as many as they were.
        engine.Index.CompactAfterChanges = 1;
        Index(engine, 300);

        int Parts(string word, long splitAbove) => engine.Index.Search(searcher => HalvedSearch.Collect(
            searcher,
            new TermQuery(new Lucene.Net.Index.Term(Fundus.Indexing.IndexFieldNames.Text, word)),
            () => TopScoreDocCollector.Create(10, docsScoredInOrder: false),
            collector => collector,
            splitAbove).Count);

        Assert.Equal(2, Parts("verwaltung", splitAbove: 100));
        Assert.Equal(1, Parts("verwaltung", splitAbove: 1_000));
        Assert.Equal(1, Parts("kiel", splitAbove: 100));
    }

    private static void Index(FundusEngine engine, int count)
    {
        engine.Store.Upsert(Enumerable.Range(0, count).Select(i => new Article
        {
            Id = $"a-{i}",
            Teaser = $"Die Verwaltung in {Cities[i % Cities.Length]} berichtet über {(i % 3 == 0 ? "Digitalisierung" : "Bürgerbeteiligung")} im Jahr {i % 11}.",
            Authors = [$"Autorin {i % 7}"],
            Places = [Cities[i % Cities.Length]],
        }).ToList());
        engine.Index.CatchUp();
    }

    private static List<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets) =>
        [.. facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}"))];

    public void Dispose() => _data.Dispose();
}
