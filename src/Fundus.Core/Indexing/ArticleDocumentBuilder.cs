using System.Globalization;
using Fundus.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Fundus.Indexing;

/// <summary>
/// Projects an article onto a Lucene document: analyzed text for search, exact values and DocValues for filters,
/// facets and sorting, and the article's JSON in binary DocValues for display.
/// </summary>
public static class ArticleDocumentBuilder
{
    /// <summary>Longer titles are not offered as suggestions: they would not fit the list.</summary>
    private const int MaxSuggestedTitle = 200;

    private static readonly FieldType TextWithOffsets = CreateTextWithOffsets();
    private static readonly FieldType SurfaceText = CreateSurfaceText();
    private static readonly FieldType FrequenciesOnly = CreateFrequenciesOnly();

    /// <param name="article">The article as indexed (with the metadata found in its text).</param>
    /// <param name="createdSequence">The store sequence at which it first appeared: the import order.</param>
    /// <param name="contentHash">The store's content hash of the article, kept so index and store can be compared.</param>
    public static Document Build(Article article, long createdSequence, string? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new Document
        {
            new StoredField(IndexFieldNames.ContentHash, contentHash ?? string.Empty),
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new BinaryDocValuesField(IndexFieldNames.StoredArticle, new BytesRef(ArticleJson.SerializeToUtf8Bytes(article with { Body = null }))),
            new NumericDocValuesField(ArticleFields.ImportOrder, createdSequence),
            new StringField(ArticleFields.Access, article.Access == ArticleAccess.Subscriber ? "subscriber" : "public", Field.Store.NO),
        };

        AddText(document, ArticleFields.Title, article.Title);
        if (article.Title is { Length: > 0 and <= MaxSuggestedTitle } title)
        {
            // Titles are suggested while typing; they are public for every article.
            document.Add(new StringField(IndexFieldNames.Exact(ArticleFields.Title), title, Field.Store.NO));
        }

        AddText(document, ArticleFields.Teaser, article.Teaser);

        // The body of a subscriber article goes into a field that only subscribers' searches name; the stored
        // article (snippets, related articles) is the public view without it
        // (Words_of_a_subscriber_body_never_reach_an_anonymous_reader). A public body is analyzed once, into the
        // article text below, and keeps only its surface words apart.
        if (article.Access == ArticleAccess.Public)
        {
            AddSurface(document, ArticleFields.Body, article.Body);
        }
        else
        {
            AddText(document, IndexFieldNames.SubscriberBody, article.Body);
        }

        AddArticleText(document, article);

        AddKeyword(document, ArticleFields.Format, article.Format is null ? [] : [article.Format]);
        AddKeyword(document, ArticleFields.Authors, article.Authors);
        AddKeyword(document, ArticleFields.Places, article.Places);
        AddKeyword(document, ArticleFields.Organizations, article.Organizations);
        AddKeyword(document, ArticleFields.Topics, article.Topics);

        if (article.Published is { } published)
        {
            document.Add(new Int32Field(IndexFieldNames.PublishedDays, published.DayNumber, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFieldNames.PublishedDays, published.DayNumber));
            var year = published.Year.ToString(CultureInfo.InvariantCulture);
            document.Add(new StringField(IndexFieldNames.Exact(ArticleFields.Year), year, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(ArticleFields.Year, new BytesRef(year)));
        }

        return document;
    }

    private static void AddText(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new Field(field, text, TextWithOffsets));
        }

        AddSurface(document, field, text);
    }

    private static void AddSurface(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new Field(IndexFieldNames.Surface(field), text, SurfaceText));
        }
    }

    /// <summary>
    /// The public text and the metadata values of the article, into <see cref="IndexFieldNames.Text"/>: every word a
    /// free-text query can find in the article is there.
    /// </summary>
    private static void AddArticleText(Document document, Article article)
    {
        string?[] values =
        [
            article.Title, article.Teaser, article.Access == ArticleAccess.Public ? article.Body : null,
            .. article.Authors.Distinct(), .. article.Places.Distinct(), .. article.Organizations.Distinct(), .. article.Topics.Distinct(),
        ];
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            document.Add(new Field(IndexFieldNames.Text, value, FrequenciesOnly));
        }
    }

    /// <summary>
    /// A keyword field is searchable as text (a free-text query finds an author by name), filterable by its exact
    /// value, and countable through sorted-set DocValues.
    /// </summary>
    private static void AddKeyword(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new Field(field, value, TextWithOffsets));
            document.Add(new StringField(IndexFieldNames.Exact(field), value, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static FieldType CreateSurfaceText()
    {
        // Positions for phrases; no norms: the surface field adds a bonus, it does not weigh document length again.
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true };
        type.Freeze();
        return type;
    }

    private static FieldType CreateFrequenciesOnly()
    {
        // Documents and frequencies only: nothing positional is asked of it, and the body is most of the index.
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    private static FieldType CreateTextWithOffsets()
    {
        // Offsets in the postings let highlighting find the words without re-reading term vectors.
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
