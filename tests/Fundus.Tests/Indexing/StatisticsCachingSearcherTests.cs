using Fundus.Indexing;
using Fundus.Querying;
using Lucene.Net.Search;

namespace Fundus.Tests.Indexing;

public sealed class StatisticsCachingSearcherTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("Verwaltungsdigitalisierung")]
    [InlineData("Bürger:innen Beteiligung")]
    [InlineData("\"Künstliche Intelligenz\"")]
    public void Scores_with_cached_field_statistics_equal_the_scores_without(string text)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        engine.Index.Search(cached =>
        {
            Assert.IsType<StatisticsCachingSearcher>(cached);
            var plain = new IndexSearcher(cached.IndexReader) { Similarity = IndexGeneration.Similarity };
            var query = new QueryCompiler(engine.Analyzer, engine.Thesaurus.Current, QueryOptions.All, cached.IndexReader)
                .Compile(FundusQueryParser.Parse(text));

            // Twice on the caching searcher: the second search reads the statistics the first one cached.
            cached.Search(query, 66);
            var expected = plain.Search(query, 66).ScoreDocs;
            var actual = cached.Search(query, 66).ScoreDocs;

            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    public void Dispose() => _data.Dispose();
}
