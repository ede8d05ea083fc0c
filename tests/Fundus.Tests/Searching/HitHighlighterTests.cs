using Fundus.Indexing;
using Fundus.Querying;
using Fundus.Searching;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Fundus.Tests.Searching;

public sealed class HitHighlighterTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("Verwaltung")]
    [InlineData("Bürger:innen")]
    [InlineData("Smart-City-Projekte")]
    [InlineData("KI Verwaltung")]
    [InlineData("Digitalstrategie Kommunen -Linz")]
    [InlineData("Verwaltnug")]
    [InlineData("Verwaltungsdigitalisierung")]
    [InlineData("Asylbewerber*innen Kommune")]
    [InlineData("Stadtwerke OZG Bürgerinnen")]
    [InlineData("Smart City")]
    [InlineData("\"Künstliche Intelligenz\"")]
    [InlineData("\"der Verwaltung\" Digitalisierung")]
    [InlineData("\"die Stadt\" OR \"in der\"")]
    [InlineData("Digital*")]
    [InlineData("Digital* \"der Stadt\" Verwaltung")]
    public void Highlighting_marks_the_same_words_as_Lucenes_highlighter(string text)
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
            var planned = new HitHighlighter(engine.Analyzer).For(query, prefixes, ArticleFields.Teaser);
            var surface = HitHighlighter.WithPrefixes(query, prefixes);
            var lucenes = new QueryMarks(
                new ScorerReading(engine.Analyzer, ArticleFields.Teaser, () => new QueryScorer(query, ArticleFields.Teaser)),
                new ScorerReading(engine.Analyzer, IndexFieldNames.Surface(ArticleFields.Teaser), () => new QueryScorer(surface, IndexFieldNames.Surface(ArticleFields.Teaser))));

            var marked = teasers.Select(planned.Highlight).ToList();

            Assert.NotNull(MarkPlan.For(query, ArticleFields.Teaser));
            Assert.NotNull(MarkPlan.For(surface, IndexFieldNames.Surface(ArticleFields.Teaser)));
            Assert.Contains(marked, m => m.Contains("<mark>", StringComparison.Ordinal));
            Assert.Equal(teasers.Select(lucenes.Highlight), marked);
            return 0;
        });
    }

    [Fact]
    public void A_sloppy_phrase_is_left_to_Lucenes_highlighter()
    {
        var phrase = new PhraseQuery { Slop = 2 };
        phrase.Add(new Lucene.Net.Index.Term(ArticleFields.Teaser, "digitale"));
        phrase.Add(new Lucene.Net.Index.Term(ArticleFields.Teaser, "verwaltung"));

        Assert.Null(MarkPlan.For(phrase, ArticleFields.Teaser));
    }

    public void Dispose() => _data.Dispose();
}
