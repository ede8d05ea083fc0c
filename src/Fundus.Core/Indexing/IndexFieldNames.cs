namespace Fundus.Indexing;

/// <summary>
/// Names of the index-only companions of the model fields. Derived from <see cref="ArticleFields"/> in this one
/// place, so a filter, a facet and the document builder always agree.
/// </summary>
public static class IndexFieldNames
{
    /// <summary>The exact, unanalyzed value of a list or keyword field, used by filters and facets.</summary>
    public static string Exact(string field) => field + ".exact";

    /// <summary>
    /// The words of a text field as written (lower-cased, nothing else), for quoted phrases, prefixes, spelling
    /// hints and the bonus of an exact spelling.
    /// </summary>
    public static string Surface(string field) => field + ".surface";

    /// <summary>The analyzed free-text fields that have a surface companion.</summary>
    public static IReadOnlyList<string> TextFields { get; } = [ArticleFields.Title, ArticleFields.Teaser, ArticleFields.Body];

    /// <summary>
    /// The body of a subscriber-only article. A field of its own, searched only for subscribers: for everyone else
    /// it does not exist, so no hit, count, statistic or spelling hint can come from it
    /// (Words_of_a_subscriber_body_never_reach_an_anonymous_reader).
    /// </summary>
    public const string SubscriberBody = "body.subscriber";

    /// <summary>
    /// The stored article as JSON without its body, so a hit needs no trip to the store. Bodies stay out: the ten
    /// hits of a page are read from compressed blocks that would otherwise hold kilobytes of body each, which cost
    /// 15 % of a search at 100,000 articles (docs/benchmarks.md); pages that show a body read it from the store.
    /// </summary>
    public const string StoredArticle = "_article";

    /// <summary>The store's content hash of the indexed article (<see cref="IndexConsistency"/>).</summary>
    public const string ContentHash = "_hash";

    /// <summary>Days since 0001-01-01 of the publication date, for date ranges and sorting.</summary>
    public const string PublishedDays = "published.days";

    /// <summary>Commit user-data key: the highest store change sequence the commit contains.</summary>
    public const string CommitSequenceKey = "fundus.sequence";

    /// <summary>
    /// The fields a free-text query searches, with their weights (authors and title above teaser, teaser above body).
    /// Places, organizations and topics are mostly found in the teaser itself, so they add little on their own: a
    /// match there must not outweigh the words of the text (<c>german-matching.tsv</c>, Cybersicherheit).
    /// </summary>
    public static IReadOnlyList<(string Field, float Boost)> SearchedTextFields { get; } =
    [
        (ArticleFields.Authors, 3f),
        (ArticleFields.Title, 2.5f),
        (ArticleFields.Teaser, 1.5f),
        (ArticleFields.Places, 0.5f),
        (ArticleFields.Topics, 0.3f),
        (ArticleFields.Organizations, 0.5f),
        (ArticleFields.Body, 1f),
    ];

    /// <summary>The free-text fields of a subscriber's search: the public ones and the subscriber-only body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> SubscriberTextFields { get; } =
        [.. SearchedTextFields, (SubscriberBody, 1f)];

    /// <summary>The fields that are faceted and filtered by exact value.</summary>
    public static IReadOnlyList<string> FacetFields { get; } =
        [ArticleFields.Format, ArticleFields.Authors, ArticleFields.Places, ArticleFields.Organizations, ArticleFields.Topics, ArticleFields.Year];
}
