using Fundus.Analysis;
using Fundus.Enrichment;
using Fundus.Evaluation;
using Fundus.Searching;

namespace Fundus.Tests.Enrichment;

public sealed class ExtractionTests : IDisposable
{
    private static readonly GermanTextAnalyzer Analyzer = new();
    private static readonly ArticleEnricher Enricher = new(GermanLexicon.Default, Gazetteer.Default, Analyzer);
    private readonly TempDataDirectory _data = new();

    public static TheoryData<int, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string>();
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Enrichment", "extraction-cases.tsv")))
        {
            line++;
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                var c = text.Split('\t');
                data.Add(line, c[0], c[1], c[2], c[3]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extraction_cases_hold(int line, string sentence, string authors, string format, string places)
    {
        var article = Enricher.Enrich(new Article { Id = "x", Teaser = sentence }).Article;

        var because = $"line {line}: got authors [{string.Join(';', article.Authors)}], format {article.Format ?? "-"}, places [{string.Join(';', article.Places)}]";
        Assert.True(Values(authors).SetEquals(article.Authors), because);
        Assert.True((format == "-" ? null : format) == article.Format, because);
        Assert.True(Values(places).SetEquals(article.Places), because);
    }

    [Theory]
    [InlineData("seed-entities.tsv", null)]
    [InlineData("seed-entities-31-66.tsv", null)]
    [InlineData("unseen-entities.tsv", "unseen-teasers.txt")]
    public void Extraction_reaches_the_targets_on_seed_and_unseen_teasers(string gold, string? teasers)
    {
        var folder = teasers is null ? "Evaluation" : "Enrichment";
        var texts = teasers is null
            ? Seed.SeedData.Teasers()
            : File.ReadLines(Path.Combine(AppContext.BaseDirectory, folder, teasers)).Skip(1).ToList();

        var scores = ExtractionEvaluator.Evaluate(Enricher, texts, Path.Combine(AppContext.BaseDirectory, folder, gold))
            .ToDictionary(s => s.Field);

        var report = string.Join("; ", scores.Values.Select(s => $"{s.Field} F1 {s.F1:0.000}: {string.Join(", ", s.Misses)}"));
        Assert.True(scores[ArticleFields.Authors].F1 >= 0.95, report);
        Assert.True(scores[ArticleFields.Format].F1 >= 0.98, report);
        Assert.True(scores[ArticleFields.Places].F1 >= 0.90, report);
    }

    [Fact]
    public void Provided_values_win_and_carry_their_provenance()
    {
        var enriched = Enricher.Enrich(new Article
        {
            Id = "p",
            Teaser = "Die Verwaltung muss digitaler werden, findet Lena Sargalski im Standpunkt.",
            Authors = ["Redaktion"],
        });

        Assert.Equal(["Redaktion"], enriched.Article.Authors);
        Assert.Equal("Standpunkt", enriched.Article.Format);
        Assert.Contains(enriched.Provenance, p => p is { Field: ArticleFields.Authors, Value: "Redaktion", Origin: Provenance.Provided });
        Assert.Contains(enriched.Provenance, p => p is { Field: ArticleFields.Format, Origin: Provenance.ExtractedOrigin, Rule: "word:Standpunkt" });
    }

    [Theory]
    [InlineData("Beate Ginzel, Leiterin des Referats Digitale Stadt Leipzig, berichtet, wie die Stadt vorgeht.", "Beate Ginzel", "Leiterin des Referats Digitale Stadt Leipzig")]
    [InlineData("Das kritisiert Christian Stuffrein vom Deutschen Landkreistag.", "Christian Stuffrein", "vom Deutschen Landkreistag")]
    [InlineData("Die Verwaltung ändert sich, findet Gertrud Maltz-Schwarzfischer (SPD).", "Gertrud Maltz-Schwarzfischer", "SPD")]
    [InlineData("Magistratsdirektorin Ulrike Huemer schildert im Werkstattbericht, wie der Kompass funktioniert.", "Ulrike Huemer", "Magistratsdirektorin")]
    public void An_authors_role_or_affiliation_is_kept_apart_from_the_name(string sentence, string author, string role)
    {
        var enriched = Enricher.Enrich(new Article { Id = "r", Teaser = sentence });

        Assert.Contains(author, enriched.Article.Authors);
        Assert.Equal(role, enriched.Provenance.Single(p => p.Field == ArticleFields.Authors && p.Value == author).Detail);
    }

    [Fact]
    public void Topics_come_from_the_analyzed_text_so_compounds_count()
    {
        var topics = Enricher.Enrich(new Article { Id = "t", Teaser = "Cyberangriffe auf Rathäuser nehmen zu." }).Article.Topics;

        Assert.Contains("Cybersicherheit", topics);
    }

    [Theory]
    [InlineData(ArticleFields.Format, "Werkstattbericht")]
    [InlineData(ArticleFields.Format, "Standpunkt")]
    [InlineData(ArticleFields.Places, "Linz")]
    [InlineData(ArticleFields.Places, "Leipzig")]
    [InlineData(ArticleFields.Authors, "Ulrike Huemer")]
    [InlineData(ArticleFields.Authors, "Lena Sargalski")]
    public void Seed_facet_counts_match_the_gold_metadata(string field, string value)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        var facets = engine.Search(new SearchRequest { FacetSize = 100 }).Facets;

        Assert.Equal(GoldCount(field, value), facets[field].Single(f => f.Value == value).Count);
    }

    [Fact]
    public void A_facet_value_filters_to_its_articles()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        var results = engine.Search(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [ArticleFields.Authors] = ["Ulrike Huemer"] },
            Size = 50,
        });

        Assert.Equal(GoldCount(ArticleFields.Authors, "Ulrike Huemer"), results.Total);
        Assert.All(results.Hits, h => Assert.Contains("Ulrike Huemer", h.Authors));
    }

    /// <summary>How many seed teasers the gold files give this value (column: authors 1, format 2, places 3).</summary>
    private static int GoldCount(string field, string value)
    {
        var column = field switch { ArticleFields.Authors => 1, ArticleFields.Format => 2, _ => 3 };
        return new[] { "seed-entities.tsv", "seed-entities-31-66.tsv" }
            .SelectMany(f => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", f)))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Count(l => l.Split('\t')[column].Split(';').Contains(value));
    }

    private static HashSet<string> Values(string column) =>
        column == "-" ? [] : column.Split(';').ToHashSet(StringComparer.Ordinal);

    public void Dispose() => _data.Dispose();
}
