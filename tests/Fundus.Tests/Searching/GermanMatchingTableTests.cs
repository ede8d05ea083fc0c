using Fundus.Searching;

namespace Fundus.Tests.Searching;

/// <summary>
/// Streams every case of <c>german-matching.tsv</c> through a real index of the articles in
/// <c>german-matching-articles.tsv</c>: what a reader types must find (and rank) what they mean.
/// </summary>
public sealed class GermanMatchingTableTests : IClassFixture<GermanMatchingTableTests.Index>
{
    private readonly Index _index;

    public GermanMatchingTableTests(Index index) => _index = index;

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Searching", "german-matching.tsv")))
        {
            line++;
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                var columns = text.Split('\t');
                data.Add(line, columns[0], columns[1], columns[2]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void German_matching_cases_hold(int line, string query, string relation, string ids)
    {
        var hits = _index.Engine.Search(new SearchRequest { Query = query, Size = 100, FacetSize = 0 }).Hits.Select(h => h.Id).ToList();
        var listed = ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var because = $"line {line}: {query} {relation} {ids}; got [{string.Join(' ', hits)}]";
        switch (relation)
        {
            case "finds":
                Assert.True(listed.All(hits.Contains), because);
                break;
            case "misses":
                Assert.True(!listed.Any(hits.Contains), because);
                break;
            case "first":
                Assert.True(hits.Count > 0 && hits[0] == listed[0], because);
                break;
            case "above":
                var (upper, lower) = (hits.IndexOf(listed[0]), hits.IndexOf(listed[1]));
                Assert.True(upper >= 0 && (lower < 0 || upper < lower), because);
                break;
            default:
                Assert.Fail($"line {line}: unknown relation '{relation}'");
                break;
        }
    }

    /// <summary>One index of the matching articles, shared by the cases of this table (read-only).</summary>
    public sealed class Index : IDisposable
    {
        private readonly TempDataDirectory _data = new();

        public Index()
        {
            Engine = _data.OpenEngine();
            var articles = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Searching", "german-matching-articles.tsv"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Select(c => new Article { Id = c[0], Teaser = c[1] })
                .ToList();
            Engine.Store.Upsert(articles);
            Engine.Index.CatchUp();
        }

        public FundusEngine Engine { get; }

        public void Dispose()
        {
            Engine.Dispose();
            _data.Dispose();
        }
    }
}
