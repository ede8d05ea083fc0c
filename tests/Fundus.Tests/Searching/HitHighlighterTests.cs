using Fundus.Indexing;
using Fundus.Querying;
using Fundus.Searching;
using Lucene.Net.Search.Highlight;

namespace Fundus.Tests.Searching;

public sealed class HitHighlighterTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("Verwaltung", true)]
    [InlineData("Bürger:innen", true)]
    [InlineData("Smart-City-Projekte", true)]
    [InlineData("KI Verwaltung", true)]
    [InlineData("Digitalstrategie Kommunen -Linz", true)]
    [InlineData("Verwaltnug", true)]
    [InlineData("Verwaltungsdigitalisierung", true)]
    [InlineData("Asylbewerber*innen Kommune", true)]
    [InlineData("Stadtwerke OZG Bürgerinnen", true)]
    [InlineData("Smart City", true)]
    [InlineData("\"Künstliche Intelligenz\"", false)]
    [InlineData("Digital*", false)]
    public void Highlighting_marks_the_same_words_whether_the_query_is_read_once_or_per_hit(string text, bool wordsOnly)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        var teasers = engine.Store.ChangesSince(0, 1_000).Select(c => c.Article!.Teaser).ToList();

        engine.Index.Search(searcher =>
        {
            var compiled = new QueryCompiler(engine.Analyzer, engine.Thesaurus.Current, QueryOptions.All, searcher.IndexReader)
                .Compile(FundusQueryParser.Parse(text));
            var query = searcher.Rewrite(compiled);
            var prefixes = HitHighlighter.Prefixes(compiled);
            var once = new HitHighlighter(engine.Analyzer).For(query, prefixes, ArticleFields.Teaser);
            var surface = HitHighlighter.WithPrefixes(query, prefixes);
            var perHit = new QueryMarks(
                new ScorerReading(engine.Analyzer, ArticleFields.Teaser, () => new QueryScorer(query, ArticleFields.Teaser)),
                new ScorerReading(engine.Analyzer, IndexFieldNames.Surface(ArticleFields.Teaser), () => new QueryScorer(surface, IndexFieldNames.Surface(ArticleFields.Teaser))));

            var marked = teasers.Select(once.Highlight).ToList();

            Assert.Equal(wordsOnly, HitHighlighter.WordsOnly(query, ArticleFields.Teaser) is not null && HitHighlighter.WordsOnly(surface, IndexFieldNames.Surface(ArticleFields.Teaser)) is not null);
            Assert.Contains(marked, m => m.Contains("<mark>", StringComparison.Ordinal));
            Assert.Equal(teasers.Select(perHit.Highlight), marked);
            return 0;
        });
    }

    public void Dispose() => _data.Dispose();
}
