using Fundus.Querying;
using Fundus.Searching;
using Lucene.Net.Search;

namespace Fundus.Tests.Searching;

public sealed class FlatDisjunctionQueryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("Digitalstrategie Kommunen", false)]
    [InlineData("Bürger:innen Beteiligung", false)]
    [InlineData("Smart-City-Projekte Stadt", false)]
    [InlineData("KI Verwaltung", false)]
    [InlineData("Resilienz Klima", false)]
    [InlineData("(Verwaltung OR Kommune) Digitalisierung -Linz", false)]
    [InlineData("autor:Ginzel Stadt", false)]
    [InlineData("Digitalisierung Geisterstädten", true)]
    public void Flattened_disjunctions_find_and_score_every_article_as_the_nested_query(string text, bool relaxed)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        engine.Index.Search(searcher =>
        {
            var compiled = new QueryCompiler(engine.Analyzer, engine.Thesaurus.Current, QueryOptions.All, searcher.IndexReader)
                .Compile(FundusQueryParser.Parse(text), missing: relaxed ? 1 : 0);
            var nested = searcher.Rewrite(compiled);
            var flat = FlatDisjunctionQuery.Flatten(nested);

            var expected = searcher.Search(nested, 66).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var actual = searcher.Search(flat, 66).ScoreDocs;

            Assert.NotEmpty(expected);
            Assert.True(FlatCount(flat) > 0, "a conjunction of words has flat disjunctions");
            Assert.Equal(expected.Keys.Order(), actual.Select(d => d.Doc).Order());
            Assert.All(actual, hit =>
            {
                Assert.Equal(expected[hit.Doc], hit.Score, 1e-5 * expected[hit.Doc]);
                Assert.Equal(hit.Score, searcher.Explain(flat, hit.Doc).Value, 1e-5 * hit.Score);
            });
            return 0;
        });
    }

    /// <summary>How many flat disjunctions the query holds: a query of one word or of alternatives at the top has none.</summary>
    private static int FlatCount(Query query) => query switch
    {
        FlatDisjunctionQuery => 1,
        BooleanQuery boolean => boolean.Clauses.Sum(c => FlatCount(c.Query)),
        _ => 0,
    };

    public void Dispose() => _data.Dispose();
}
