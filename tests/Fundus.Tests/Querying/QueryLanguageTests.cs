using Fundus.Querying;
using Fundus.Searching;

namespace Fundus.Tests.Querying;

/// <summary>The query language end to end, on a small archive with metadata.</summary>
public sealed class QueryLanguageTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly FundusEngine _engine;

    public QueryLanguageTests()
    {
        _engine = _data.OpenEngine();
        _engine.Store.Upsert(
        [
            new Article { Id = "ki-linz", Teaser = "Künstliche Intelligenz in der Linzer Verwaltung.", Authors = ["Ulrike Huemer"], Format = "Werkstattbericht", Places = ["Linz"], Published = new DateOnly(2024, 3, 1) },
            new Article { Id = "ki-leipzig", Teaser = "Künstlicher Intelligenz vertrauen: Leipzig testet.", Authors = ["Beate Ginzel"], Format = "Standpunkt", Places = ["Leipzig"], Published = new DateOnly(2023, 5, 1) },
            new Article { Id = "kompass", Teaser = "Ein Kompass für die digitale Verwaltung in Linz.", Authors = ["Ulrike Huemer"], Format = "Kommentar", Places = ["Linz"] },
            new Article { Id = "daten", Teaser = "Digitale Daten und digitalisierte Akten in Jena.", Format = "Standpunkt", Published = new DateOnly(2025, 1, 10) },
        ]);
        _engine.Index.CatchUp();
    }

    private List<string> Ids(string query) =>
        _engine.Search(new SearchRequest { Query = query, Size = 50 }).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void A_phrase_matches_the_words_as_written_without_stemming()
    {
        Assert.Equal(["ki-linz"], Ids("\"Künstliche Intelligenz\""));
        Assert.Equal(["ki-leipzig"], Ids("\"Künstlicher Intelligenz\""));
    }

    [Fact]
    public void Plain_words_find_every_form() =>
        Assert.Equal(["ki-leipzig", "ki-linz"], Ids("Künstliche Intelligenz").Order(StringComparer.Ordinal));

    [Fact]
    public void A_minus_excludes_articles_with_the_word() =>
        Assert.DoesNotContain("kompass", Ids("Linz -Kompass"));

    [Fact]
    public void ODER_finds_either() =>
        Assert.Equal(["daten", "ki-leipzig"], Ids("Jena ODER Leipzig").Order(StringComparer.Ordinal));

    [Fact]
    public void Parentheses_group_alternatives() =>
        Assert.Equal(["ki-leipzig", "ki-linz"], Ids("Intelligenz (Linz ODER Leipzig)").Order(StringComparer.Ordinal));

    [Fact]
    public void A_field_prefix_searches_only_that_field()
    {
        Assert.Equal(["ki-leipzig"], Ids("autor:Ginzel"));
        Assert.Equal(["kompass", "ki-linz"], Ids("autor:\"Ulrike Huemer\"").OrderDescending(StringComparer.Ordinal));
        Assert.Equal(["daten", "ki-leipzig"], Ids("format:Standpunkt").Order(StringComparer.Ordinal));
        Assert.Equal(["ki-linz", "kompass"], Ids("ort:Linz").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dates_bound_the_publication_date()
    {
        Assert.Equal(["ki-linz"], Ids("von:2024-01-01 bis:2024-12-31"));
        Assert.Equal(["daten", "ki-linz"], Ids("von:2024").Order(StringComparer.Ordinal));
        Assert.Equal(["ki-leipzig"], Ids("bis:2023"));
    }

    [Fact]
    public void A_trailing_star_finds_words_that_start_so() =>
        Assert.Equal(["daten", "kompass"], Ids("digital*").Order(StringComparer.Ordinal));

    [Fact]
    public void When_no_article_has_every_word_the_best_partial_matches_come_and_say_so()
    {
        var results = _engine.Search(new SearchRequest { Query = "Kompass Jena" });

        Assert.True(results.Relaxed);
        Assert.Equal(["daten", "kompass"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelled_query_gets_a_better_spelling_offered()
    {
        var results = _engine.Search(new SearchRequest { Query = "Intelligens" });

        Assert.Equal("Intelligenz", results.DidYouMean);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void Short_words_and_acronyms_get_no_typo_tolerance() => Assert.Empty(Ids("Lins ODER JENNA"));

    [Fact]
    public void Explain_says_why_a_hit_scored()
    {
        var hit = _engine.Search(new SearchRequest { Query = "Kompass", Explain = true }).Hits[0];

        Assert.Contains("weight(teaser:kompass", hit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_of_stop_words_finds_nothing_rather_than_everything() => Assert.Empty(Ids("der die das"));

    [Fact]
    public void An_empty_query_lists_everything() => Assert.Equal(4, Ids(string.Empty).Count);

    [Fact]
    public void A_reader_mistake_is_a_message_not_an_error() =>
        Assert.Throws<QueryRejectedException>(() => Ids("von:irgendwann"));

    public void Dispose()
    {
        _engine.Dispose();
        _data.Dispose();
    }
}
