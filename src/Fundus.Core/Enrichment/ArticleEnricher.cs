using Fundus.Analysis;

namespace Fundus.Enrichment;

/// <summary>Where a value of an article came from: the import, or a rule that found it in the text.</summary>
public sealed record Provenance(string Field, string Value, string Origin, string? Rule)
{
    /// <summary>For an extracted author: the role or affiliation the text gives (Referat Digitale Stadt Leipzig).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    public const string Provided = "provided";
    public const string ExtractedOrigin = "extracted";
}

/// <summary>An article with the metadata found in its text, and the provenance of every value.</summary>
public sealed record EnrichedArticle(Article Article, IReadOnlyList<Provenance> Provenance);

/// <summary>
/// Fills in the metadata an article's text holds and its import did not provide: authors, format, places,
/// organizations and topics, each from title and teaser. Provided values always win: a field the import filled is
/// kept as it is. Runs when the index is built, so <c>fundus reindex</c> applies changed rules to every article.
/// </summary>
public sealed class ArticleEnricher
{
    private readonly PersonNames _names;
    private readonly AuthorExtractor _authors;
    private readonly PlaceExtractor _places;
    private readonly OrganizationExtractor _organizations;
    private readonly TopicTagger _topics;

    public ArticleEnricher(GermanLexicon lexicon, Gazetteer gazetteer, GermanTextAnalyzer analyzer)
    {
        _names = new PersonNames(lexicon, gazetteer);
        _authors = new AuthorExtractor(_names);
        _places = new PlaceExtractor(gazetteer, lexicon);
        _organizations = OrganizationExtractor.Default;
        _topics = new TopicTagger(analyzer, TopicTagger.BuiltInLines);
    }

    public EnrichedArticle Enrich(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Title is null ? article.Teaser : article.Title + ". " + article.Teaser;
        var tokens = TeaserTokens.Split(text);
        var provenance = new List<Provenance>();

        var authors = Field(ArticleFields.Authors, article.Authors, () => _authors.Extract(tokens), provenance);
        var format = Field(ArticleFields.Format, article.Format is null ? [] : [article.Format],
            () => FormatExtractor.Extract(tokens) is { } f ? [f] : [], provenance);
        var organizations = Field(ArticleFields.Organizations, article.Organizations, () => _organizations.Extract(text), provenance);
        var places = Field(ArticleFields.Places, article.Places, () => _places.Extract(tokens, authors), provenance);
        var topics = Field(ArticleFields.Topics, article.Topics, () => _topics.Tag(text), provenance);

        return new EnrichedArticle(
            article with
            {
                Authors = authors,
                Format = format.FirstOrDefault(),
                Places = places,
                Organizations = organizations,
                Topics = topics,
            },
            provenance);
    }

    private static List<string> Field(string field, IReadOnlyList<string> provided, Func<IReadOnlyList<Extracted>> extract, List<Provenance> provenance)
    {
        if (provided.Count > 0)
        {
            provenance.AddRange(provided.Select(v => new Provenance(field, v, Provenance.Provided, null)));
            return [.. provided];
        }

        var found = extract();
        provenance.AddRange(found.Select(f => new Provenance(field, f.Value, Provenance.ExtractedOrigin, f.Rule) { Detail = f.Detail }));
        return found.Select(f => f.Value).ToList();
    }
}
