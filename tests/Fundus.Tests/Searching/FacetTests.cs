using Fundus.Searching;

namespace Fundus.Tests.Searching;

public sealed class FacetTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly FundusEngine _engine;

    // The authors of every article written so far, one array per article.
    private readonly List<string[]> _written = [];

    public FacetTests()
    {
        _engine = _data.OpenEngine();
    }

    [Fact]
    public void Facets_over_several_segments_count_as_over_one()
    {
        // Three writes, three segments: "Ada" is in all, "Bo" in the last two, "Cem" and "Dora" only in the last,
        // the smallest, so their counts cannot be looked up in the segment with the most values.
        Write("a", ["Ada", "Eva"], ["Ada", "Fritz"], ["Ada"], ["Eva"]);
        Write("b", ["Ada", "Bo"], ["Bo"], ["Bo", "Eva"]);
        Write("c", ["Cem", "Bo"], ["Cem"], ["Dora", "Ada"]);
        var segments = _engine.Index.Search(searcher => searcher.IndexReader.Leaves.Count);

        var apart = Facets(size: 10);
        var narrow = Facets(size: 3);
        _engine.Index.CompactAfterChanges = 1;
        _engine.Index.Rebuild();
        var merged = Facets(size: 10);

        Assert.True(segments >= 3, $"{segments} segments");
        Assert.Equal(1, _engine.Index.Search(searcher => searcher.IndexReader.Leaves.Count));
        Assert.Equal(new FacetValue("Ada", 5), apart[0]);
        Assert.Equal(Expected(), apart);
        Assert.Equal(Expected().Take(3), narrow);
        Assert.Equal(apart, merged);
    }

    [Fact]
    public void Values_with_equal_counts_are_listed_in_alphabetical_order()
    {
        Write("a", ["Zora"], ["Mia"], ["Ali"]);
        Write("b", ["Ben"], ["Zora", "Mia"]);

        Assert.Equal([new FacetValue("Mia", 2), new FacetValue("Zora", 2), new FacetValue("Ali", 1)], Facets(size: 3));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _data.Dispose();
    }

    /// <summary>The author counts of every article written so far, as the facet must show them.</summary>
    private List<FacetValue> Expected() =>
    [
        .. _written.SelectMany(authors => authors.Distinct())
            .GroupBy(author => author, StringComparer.Ordinal)
            .Select(group => new FacetValue(group.Key, group.Count()))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Value, StringComparer.Ordinal),
    ];

    private void Write(string batch, params string[][] authors)
    {
        _engine.Store.Upsert(
        [
            .. authors.Select((names, i) => new Article { Id = $"{batch}-{i}", Teaser = $"Ein Bericht über die Kommune, Teil {batch}{i}.", Authors = names }),
        ]);
        _written.AddRange(authors);
        _engine.Index.CatchUp();
    }

    private IReadOnlyList<FacetValue> Facets(int size) =>
        _engine.Search(new SearchRequest { Query = "Kommune", FacetSize = size }).Facets[ArticleFields.Authors];
}
