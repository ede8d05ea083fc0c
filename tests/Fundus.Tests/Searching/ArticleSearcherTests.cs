using Fundus.Querying;
using Fundus.Searching;

namespace Fundus.Tests.Searching;

public sealed class ArticleSearcherTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly FundusEngine _engine;

    public ArticleSearcherTests()
    {
        _engine = _data.OpenEngine();
        _engine.ImportSeedIfEmpty();
    }

    private SearchResults Search(string? query, int size = 10, int page = 1) =>
        _engine.Search(new SearchRequest { Query = query, Size = size, Page = page });

    [Fact]
    public void Search_finds_a_seed_teaser_by_a_word_in_it()
    {
        var results = Search("Geisterstädten");

        // Articles about a Stadt follow (a Geisterstadt is a Stadt), far below the one with the word itself.
        Assert.Contains("Benjamin Seibel", results.Hits[0].Teaser, StringComparison.Ordinal);
        Assert.All(results.Hits.Skip(1), h => Assert.True(h.Score < results.Hits[0].Score / 4));
    }

    [Fact]
    public void Without_highlighting_a_hit_carries_its_teaser_escaped_and_unmarked()
    {
        _engine.Store.Upsert([new Article { Id = "roh", Teaser = "Der <b>Bürgerhaushalt</b> & die Geisterstädte von morgen." }]);
        _engine.Index.CatchUp();

        var marked = _engine.Search(new SearchRequest { Query = "Bürgerhaushalt" }).Hits.Single(h => h.Id == "roh");
        var plain = _engine.Search(new SearchRequest { Query = "Bürgerhaushalt", Highlight = false }).Hits.Single(h => h.Id == "roh");

        Assert.Contains("<mark>Bürgerhaushalt</mark>", marked.Highlight, StringComparison.Ordinal);
        Assert.Equal("Der &lt;b&gt;Bürgerhaushalt&lt;/b&gt; &amp; die Geisterstädte von morgen.", plain.Highlight);
    }

    [Theory]
    [InlineData("Städte", "Städten")]
    [InlineData("Kommune", "Kommunen")]
    public void Inflected_and_transliterated_forms_find_each_other(string query, string expectedInTeaser)
    {
        var results = Search(query, size: 100);

        Assert.NotEmpty(results.Hits);
        Assert.Contains(results.Hits, h => h.Teaser.Contains(expectedInTeaser, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Muenchen")]
    [InlineData("München")]
    [InlineData("Strasse")]
    public void Umlaut_and_sharp_s_spellings_find_each_other(string query)
    {
        _engine.Store.Upsert(
        [
            new Article { Id = "m", Teaser = "Die Landeshauptstadt München erneuert ihre Verwaltung." },
            new Article { Id = "s", Teaser = "Die Straße der Zukunft wird in Ulm geplant." },
        ]);
        _engine.Index.CatchUp();

        var hit = Search(query).Hits[0];
        Assert.True(hit.Id is "m" or "s");
        Assert.Contains(query is "Strasse" ? "Straße" : "München", hit.Teaser, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_word_of_a_query_must_match()
    {
        var linz = Search("Linz", size: 100).Total;
        var both = Search("Linz Coding-Ausbildung", size: 100);

        Assert.True(both.Total < linz);
        Assert.All(both.Hits, h => Assert.Contains("Coding", h.Teaser, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_query_lists_every_article_in_import_order()
    {
        var first = Search(null, size: 3);
        var seed = Seed.SeedData.Teasers();

        Assert.Equal(SeedFile.TeaserCount, first.Total);
        Assert.Equal(seed.Take(3), first.Hits.Select(h => h.Teaser));
    }

    [Fact]
    public void Pages_continue_where_the_previous_page_ended()
    {
        var all = Search(null, size: 20).Hits.Select(h => h.Id).ToList();

        var second = Search(null, size: 10, page: 2).Hits.Select(h => h.Id);

        Assert.Equal(all.Skip(10).Take(10), second);
    }

    [Fact]
    public void The_highlight_marks_matched_words_and_the_teaser_stays_plain()
    {
        var hit = Search("Linz").Hits[0];

        Assert.Contains("<mark>Linz</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", hit.Teaser, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Künstliche Intelligenz\"", "<mark>Künstliche</mark> <mark>Intelligenz</mark>")]
    [InlineData("Digital*", "<mark>Digital")]
    [InlineData("Digitalisirung", "<mark>Digitalisierung")]
    [InlineData("Städten", "<mark>Städte")]
    public void Phrases_prefixes_typos_and_word_forms_are_marked_in_the_teaser(string query, string expectedMark)
    {
        var results = Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits.Take(3), h => Assert.Contains(expectedMark, h.Highlight, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Stralsund_is_not_a_synonym_of_every_city_word()
    {
        // OpenThesaurus lists "Stadt" as the hypernym of Stralsund; a hypernym is no synonym.
        Assert.Equal(0, Search("Stralsund").Total);
    }

    [Fact]
    public void Markup_in_a_teaser_is_escaped_before_the_marks_are_inserted()
    {
        _engine.Store.Upsert([new Article { Id = "xss", Teaser = "Gefährlich: <script>alert('Kommune')</script> im Teaser über Kommunen." }]);
        _engine.Index.CatchUp();

        var hit = Assert.Single(Search("script Kommunen").Hits);

        Assert.DoesNotContain("<script>", hit.Highlight, StringComparison.Ordinal);
        Assert.StartsWith("Gefährlich: &lt;<mark>script</mark>&gt;alert(&#39;<mark>Kommune</mark>&#39;)&lt;/<mark>script</mark>&gt;", hit.Highlight, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(101, 1)]
    [InlineData(10, 0)]
    [InlineData(100, 101)]
    public void Out_of_bounds_pages_are_rejected_with_a_message_for_the_reader(int size, int page)
    {
        var error = Assert.Throws<QueryRejectedException>(() => Search("Stadt", size, page));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("((((")]
    [InlineData("C# 64-bit Kommune X.0 🚀")]
    [InlineData("der die das")]
    [InlineData(":::")]
    public void Odd_input_answers_without_an_exception(string query)
    {
        var results = Search(query);

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void A_query_over_the_length_bound_is_rejected()
    {
        var error = Assert.Throws<QueryRejectedException>(() => Search(new string('a', FundusQueryParser.MaxLength + 1)));

        Assert.Contains("zu lang", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facets_count_the_values_of_every_hit()
    {
        _engine.Store.Upsert(
        [
            new Article { Id = "f1", Teaser = "Teaser über Kommunen eins.", Format = "Standpunkt", Authors = ["Ada Muster"] },
            new Article { Id = "f2", Teaser = "Teaser über Kommunen zwei.", Format = "Standpunkt", Authors = ["Ada Muster", "Bo Beispiel"] },
            new Article { Id = "f3", Teaser = "Teaser über Kommunen drei.", Format = "Kommentar" },
        ]);
        _engine.Index.CatchUp();

        var facets = _engine.Search(new SearchRequest { Query = "Teaser" }).Facets;

        Assert.Equal([new FacetValue("Standpunkt", 2), new FacetValue("Kommentar", 1)], facets[ArticleFields.Format]);
        Assert.Equal([new FacetValue("Ada Muster", 2), new FacetValue("Bo Beispiel", 1)], facets[ArticleFields.Authors]);
    }

    [Fact]
    public void A_filter_keeps_only_articles_with_that_value()
    {
        _engine.Store.Upsert(
        [
            new Article { Id = "g1", Teaser = "Ein Standpunkt zur Wärmeplanung.", Format = "Standpunkt" },
            new Article { Id = "g2", Teaser = "Ein Kommentar zur Wärmeplanung.", Format = "Kommentar" },
        ]);
        _engine.Index.CatchUp();

        var results = _engine.Search(new SearchRequest
        {
            Query = "Wärmeplanung",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [ArticleFields.Format] = ["Kommentar"] },
        });

        Assert.Contains(results.Hits, h => h.Id == "g2");
        Assert.DoesNotContain(results.Hits, h => h.Id == "g1");
        Assert.All(results.Hits, h => Assert.Equal("Kommentar", h.Format));
    }

    [Fact]
    public void Words_of_a_subscriber_body_never_reach_an_anonymous_reader()
    {
        _engine.Store.Upsert(
        [
            new Article { Id = "abo", Teaser = "Ein Bericht über Haushaltsplanung.", Body = "Das Kanarienvogelprotokoll bleibt geheim.", Access = ArticleAccess.Subscriber },
            new Article { Id = "frei", Teaser = "Ein Bericht über Haushaltsplanung in Kiel.", Body = "Öffentlicher Text.", Access = ArticleAccess.Public },
        ]);
        _engine.Index.CatchUp();

        var canary = _engine.Search(new SearchRequest { Query = "Kanarienvogelprotokoll" });
        var topic = _engine.Search(new SearchRequest { Query = "Haushaltsplanung", Size = 10 });

        Assert.Equal(0, canary.Total);
        Assert.Null(canary.DidYouMean);
        Assert.Contains(topic.Hits, h => h.Id == "abo");
        Assert.Contains(topic.Hits, h => h.Id == "frei");
        Assert.Null(_engine.Article("abo")!.Article.Body);
        Assert.Equal("Öffentlicher Text.", _engine.Article("frei")!.Article.Body);
        Assert.DoesNotContain(_engine.Related.For("frei") ?? [], a => a.Body?.Contains("Kanarienvogel", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(ArticleSearcher.BroadenBelow, false)]
    public void A_compound_finds_its_head_alone_only_when_the_compound_itself_finds_few_articles(int precise, bool headAloneFound)
    {
        IndexNumbered(precise, "seilbahn-", "Die Seilbahnstrategie der Stadt", new Article { Id = "kopf", Teaser = "Eine Strategie für den Nahverkehr." });

        var results = _engine.Search(new SearchRequest { Query = "Seilbahnstrategie", Size = 100 });
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.Equal(precise, ids.Count(id => id.StartsWith("seilbahn-", StringComparison.Ordinal)));
        Assert.Equal(headAloneFound, ids.Contains("kopf"));
        if (headAloneFound)
        {
            // Found broadly, it ranks below every article with the compound itself.
            Assert.True(ids.IndexOf("kopf") > ids.FindLastIndex(id => id.StartsWith("seilbahn-", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(ArticleSearcher.BroadenBelow, false)]
    public void A_compounds_parts_apart_are_found_in_title_and_teaser_and_in_the_body_only_when_the_compound_is_rare(int precise, bool bodyFound)
    {
        var body = new Article
        {
            Id = "bericht",
            Teaser = "Ein Bericht aus dem Rathaus.",
            Body = "Die Seilbahn fährt seit Mai. " + string.Concat(Enumerable.Repeat("Der Gemeinderat tagte lange. ", 40)) + "Die Strategie bleibt offen.",
        };
        IndexNumbered(precise, "seilbahn-", "Die Seilbahnstrategie der Stadt", body);
        _engine.Store.Upsert([new Article { Id = "vorspann", Title = "Die Strategie für die Seilbahn", Teaser = "Was der Gemeinderat beschlossen hat." }]);
        _engine.Index.CatchUp();

        var ids = _engine.Search(new SearchRequest { Query = "Seilbahnstrategie", Size = 100 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(precise, ids.Count(id => id.StartsWith("seilbahn-", StringComparison.Ordinal)));
        Assert.Contains("vorspann", ids);
        Assert.Equal(bodyFound, ids.Contains("bericht"));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(ArticleSearcher.BroadenBelow, false)]
    public void A_general_synonym_is_searched_only_when_the_word_itself_finds_few_articles(int precise, bool synonymFound)
    {
        // OpenThesaurus: Bild ~ Abbildung, weight 0.2.
        IndexNumbered(precise, "bild-", "Das Bild der Stadt", new Article { Id = "abbildung", Teaser = "Eine Abbildung des Hafens." });

        var ids = _engine.Search(new SearchRequest { Query = "Bild", Size = 100 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(precise, ids.Count(id => id.StartsWith("bild-", StringComparison.Ordinal)));
        Assert.Equal(synonymFound, ids.Contains("abbildung"));
        Assert.True(!synonymFound || ids[^1] == "abbildung");
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(ArticleSearcher.BroadenBelow, false)]
    public void Partial_matches_bring_in_general_synonyms_only_when_they_are_few(int partial, bool synonymFound)
    {
        // No article has both words, so the best partial matches come; Bild ~ Abbildung is a general synonym.
        IndexNumbered(partial, "bild-", "Das Bild der Stadt", new Article { Id = "abbildung", Teaser = "Eine Abbildung des Hafens." });

        var results = _engine.Search(new SearchRequest { Query = "Bild Seilbahnstation", Size = 100 });

        Assert.True(results.Relaxed);
        Assert.Equal(partial, results.Hits.Count(h => h.Id.StartsWith("bild-", StringComparison.Ordinal)));
        Assert.Equal(synonymFound, results.Hits.Any(h => h.Id == "abbildung"));
    }

    [Fact]
    public void Partial_matches_lack_as_few_words_as_any_article_does()
    {
        _engine.Store.Upsert(
        [
            new Article { Id = "zwei", Teaser = "Mit Seilbahn und Gondel über das Tal." },
            new Article { Id = "eins", Teaser = "Eine Seilbahn für die Altstadt." },
        ]);
        _engine.Index.CatchUp();

        var lackingOne = _engine.Search(new SearchRequest { Query = "Seilbahn Gondel Rikscha" });
        var lackingTwo = _engine.Search(new SearchRequest { Query = "Seilbahn Rikscha Tandem" });

        Assert.True(lackingOne.Relaxed);
        Assert.Equal(["zwei"], lackingOne.Hits.Select(h => h.Id));
        Assert.True(lackingTwo.Relaxed);
        Assert.Equal(["eins", "zwei"], lackingTwo.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_of_many_words_relaxes_in_at_most_four_steps()
    {
        Assert.Empty(ArticleSearcher.Relaxations(0));
        Assert.Empty(ArticleSearcher.Relaxations(1));
        Assert.Equal([1], ArticleSearcher.Relaxations(2));
        Assert.Equal([1, 2], ArticleSearcher.Relaxations(3));
        Assert.Equal([1, 2, 3, 4], ArticleSearcher.Relaxations(5));
        Assert.Equal([1, 2, 3, 31], ArticleSearcher.Relaxations(FundusQueryParser.MaxTerms));
    }

    [Fact]
    public void A_curated_synonym_is_searched_however_many_articles_the_word_itself_finds()
    {
        _engine.Store.Upsert([.. Enumerable.Range(0, 2 * ArticleSearcher.BroadenBelow).Select(i => new Article { Id = $"ki-{i}", Teaser = $"KI in der Kommune, Teil {i}." })]);
        _engine.Index.CatchUp();

        var results = _engine.Search(new SearchRequest { Query = "KI", Size = 100 });

        Assert.Contains(results.Hits, h => h.Teaser.Contains("Künstliche Intelligenz", StringComparison.Ordinal) && !h.Teaser.Contains("KI", StringComparison.Ordinal));
    }

    /// <summary>Indexes <paramref name="count"/> articles with one teaser in numbered parts, and one other article.</summary>
    private void IndexNumbered(int count, string idPrefix, string teaser, Article other)
    {
        _engine.Store.Upsert([.. Enumerable.Range(0, count).Select(i => new Article { Id = $"{idPrefix}{i}", Teaser = $"{teaser}, Teil {i}." }), other]);
        _engine.Index.CatchUp();
    }

    public void Dispose()
    {
        _engine.Dispose();
        _data.Dispose();
    }
}
