using Fundus.Searching;

namespace Fundus.Tests.Searching;

/// <summary>
/// The body of a subscriber-only article is searchable for subscribers and does not exist for anyone else: not in
/// hits, counts, facet counts, snippets, spelling hints, suggestions or related articles.
/// </summary>
public sealed class PaywallTests : IDisposable
{
    private const string Canary = "Kanarienvogelprotokoll";

    private readonly TempDataDirectory _data = new();
    private readonly FundusEngine _engine;

    public PaywallTests()
    {
        _engine = _data.OpenEngine();
        _engine.ImportSeedIfEmpty();
        _engine.Store.Upsert(
        [
            new Article
            {
                Id = "abo", Teaser = "Ein Bericht über Haushaltsplanung in Kiel und die Stadtkasse.", Format = "Kommentar",
                Body = $"Das {Canary} bleibt geheim. Die Kämmerei in Flensburg prüft die Rücklagen.", Access = ArticleAccess.Subscriber,
            },
            new Article { Id = "frei", Teaser = "Ein Bericht über Haushaltsplanung und Rücklagen in Kiel.", Body = "Öffentlicher Text über die Kämmerei.", Access = ArticleAccess.Public },
        ]);
        _engine.Index.CatchUp();
    }

    private SearchResults Search(string query, ReaderAccess access) =>
        _engine.Search(new SearchRequest { Query = query, Access = access, Size = 100 });

    [Fact]
    public void A_subscriber_finds_an_article_by_a_word_of_its_subscriber_body()
    {
        var results = Search(Canary, ReaderAccess.Subscriber);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("abo", hit.Id);
        Assert.Equal(Canary, _engine.Article("abo", ReaderAccess.Subscriber)!.Article.Body!.Split(' ')[1]);
    }

    [Fact]
    public void An_anonymous_reader_gets_no_hit_no_hint_and_no_suggestion_from_a_subscriber_body()
    {
        var exact = Search(Canary, ReaderAccess.Public);
        var typo = Search("Kanarienvogelprotokol", ReaderAccess.Public);

        Assert.Equal(0, exact.Total);
        Assert.Null(exact.DidYouMean);
        Assert.Equal(0, typo.Total);
        Assert.Null(typo.DidYouMean);
        Assert.Empty(_engine.Suggestions.For("Kanari"));
        Assert.Null(_engine.Article("abo")!.Article.Body);
    }

    [Fact]
    public void Words_in_both_a_subscriber_body_and_public_text_count_only_the_public_articles_for_anonymous_readers()
    {
        var anonymous = Search("Kämmerei", ReaderAccess.Public);
        var subscriber = Search("Kämmerei", ReaderAccess.Subscriber);

        Assert.Equal(["frei"], anonymous.Hits.Select(h => h.Id));
        Assert.Equal(["abo", "frei"], subscriber.Hits.Select(h => h.Id).Order());
        Assert.DoesNotContain(anonymous.Facets.Values.SelectMany(v => v), f => f.Value == "Kommentar" && f.Count > 1);
    }

    [Fact]
    public void Anonymous_answers_are_the_same_before_and_after_a_subscriber_ran_the_same_query()
    {
        string[] queries = [Canary, "Kämmerei", "Flensburg", "Rücklagen", "Haushaltsplanung", string.Empty];
        var before = queries.Select(q => Fingerprint(Search(q, ReaderAccess.Public))).ToList();

        foreach (var query in queries)
        {
            Search(query, ReaderAccess.Subscriber);
        }

        var after = queries.Select(q => Fingerprint(Search(q, ReaderAccess.Public))).ToList();
        Assert.Equal(before, after);
        Assert.All(after, text => Assert.DoesNotContain(Canary, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Flensburg", after[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_and_related_articles_never_quote_a_subscriber_body_even_for_subscribers()
    {
        var hit = Assert.Single(Search(Canary, ReaderAccess.Subscriber).Hits);

        Assert.DoesNotContain(Canary, hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Related.For("frei") ?? [], a => a.Body?.Contains(Canary, StringComparison.Ordinal) == true);
    }

    /// <summary>Everything an answer says: total, hits with snippets, facet counts, the spelling hint.</summary>
    private static string Fingerprint(SearchResults results) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            results.Total,
            Hits = results.Hits.Select(h => new { h.Id, h.Highlight, h.Score }),
            Facets = results.Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new { f.Key, Values = f.Value.Select(v => $"{v.Value}={v.Count}") }),
            results.DidYouMean,
            results.Relaxed,
        });

    public void Dispose()
    {
        _engine.Dispose();
        _data.Dispose();
    }
}
