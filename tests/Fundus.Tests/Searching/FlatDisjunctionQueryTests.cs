using Fundus;
using Fundus.Analysis;
using Fundus.Indexing;
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

    [Theory]
    [InlineData("Digitalisierung", 1)]
    [InlineData("Projekte", 3)]
    [InlineData("Zukunft", 10)]
    public void A_single_words_best_hits_score_as_with_every_bonus_read(string word, int window)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        AssertBestHitsAsWithEveryBonus(engine, word, window);
    }

    [Fact]
    public void A_single_word_reads_no_bonus_for_articles_it_cannot_bring_among_the_best()
    {
        // The first article has the word in its title and teaser; the others once each in a long body, so even the
        // most the bonus can add leaves them below it. Articles without the word make it a rare one.
        var filler = string.Join(' ', Enumerable.Repeat("Die Stadt plant, baut und verwaltet ihre Straßen und Plätze.", 20));
        Article[] articles =
        [
            new Article { Id = "oben", Title = "Pegel und Pegelstände", Teaser = "Der Pegel steigt, der Pegel fällt." },
            .. Enumerable.Range(0, 30).Select(i => new Article { Id = $"mit-{i}", Teaser = $"Bericht {i}.", Body = $"{filler} Ein Pegel. {filler}" }),
            .. Enumerable.Range(0, 100).Select(i => new Article { Id = $"ohne-{i}", Teaser = $"Meldung {i} aus dem Rathaus." }),
        ];

        // Written by one thread into one segment, in this order: the scorer passes over a bonus only once it has
        // scored, in the same segment, an article the others cannot reach. The engine indexes on both cores, which
        // leaves the order of the articles and their segments to chance. The scratch index is written and searched
        // as the engine's is, with its analyzer and thesaurus.
        using var engine = _data.OpenEngine();
        using var scratch = IndexGeneration.OpenScratch(engine.Analyzer);
        foreach (var (article, sequence) in articles.Select((a, i) => (a, i + 1L)))
        {
            scratch.Writer!.AddDocument(ArticleDocumentBuilder.Build(article, sequence));
        }

        scratch.Searchers.MaybeRefreshBlocking();
        var searcher = scratch.Searchers.Acquire();
        try
        {
            Assert.Single(searcher.IndexReader.Leaves);
            var (expected, actual) = AssertBestHitsAsWithEveryBonus(searcher, engine.Analyzer, engine.Thesaurus.Current, "Pegel", window: 1);
            Assert.Equal(31, actual.Count);
            Assert.Contains(actual, hit => hit.Value < expected[hit.Key] * (1 - 1e-4));
        }
        finally
        {
            scratch.Searchers.Release(searcher);
        }
    }

    private static void AssertBestHitsAsWithEveryBonus(FundusEngine engine, string word, int window) =>
        engine.Index.Search(searcher => AssertBestHitsAsWithEveryBonus(searcher, engine.Analyzer, engine.Thesaurus.Current, word, window));

    /// <summary>
    /// Every article is still found; an article whose bonus was left out scores lower, never higher; the best hits,
    /// ranked by score and then by article (the import order here), are the same, with the same scores.
    /// </summary>
    private static (Dictionary<int, float> Expected, Dictionary<int, float> Actual) AssertBestHitsAsWithEveryBonus(
        IndexSearcher searcher, FundusAnalyzer analyzer, Thesaurus? thesaurus, string word, int window)
    {
        var nested = searcher.Rewrite(new QueryCompiler(analyzer, thesaurus, QueryOptions.All, searcher.IndexReader)
            .Compile(FundusQueryParser.Parse(word), broad: false));
        var limited = FlatDisjunctionQuery.Flatten(nested, rankedWindow: window);
        Assert.IsType<FlatDisjunctionQuery>(limited);

        var expected = AllScores(searcher, nested);
        var actual = AllScores(searcher, limited);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(actual, hit => Assert.True(hit.Value <= expected[hit.Key] * (1 + 1e-6), $"article {hit.Key} scores above its full score"));
        Assert.Equal(Best(expected, window), Best(actual, window));
        return (expected, actual);
    }

    private static Dictionary<int, float> AllScores(IndexSearcher searcher, Query query)
    {
        var scores = new Dictionary<int, float>();
        searcher.Search(query, new ScoreRecorder(scores));
        return scores;
    }

    private static List<(int Doc, float Score)> Best(Dictionary<int, float> scores, int window) =>
        [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(window).Select(s => (s.Key, s.Value))];

    /// <summary>Asks the scorer for the score of every hit, in order, as a collector of the best hits does.</summary>
    private sealed class ScoreRecorder(Dictionary<int, float> scores) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => scores[_docBase + doc] = _scorer!.GetScore();
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
