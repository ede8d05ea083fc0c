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

    /// <summary>The free-text fields whose words as written have a surface companion.</summary>
    public static IReadOnlyList<string> TextFields { get; } = [ArticleFields.Title, ArticleFields.Teaser, ArticleFields.Body];

    /// <summary>
    /// Every public word of an article in its German analysis: title, teaser, public body, authors, places,
    /// organizations and topics. The body is scored here (it has no analyzed field of its own), and so are places,
    /// organizations and topics: one field instead of four costs a query one term lookup and one scorer per
    /// alternative of a word where it cost four (docs/benchmarks.md). Typos look here for compound parts. Without
    /// positions: phrases are matched in the surface fields.
    /// </summary>
    public const string Text = "text";

    /// <summary>
    /// The body of a subscriber-only article. A field of its own, searched only for subscribers: for everyone else
    /// it does not exist, so no hit, count, statistic or spelling hint can come from it
    /// (Words_of_a_subscriber_body_never_reach_an_anonymous_reader).
    /// </summary>
    public const string SubscriberBody = "body.subscriber";

    /// <summary>
    /// The article as JSON without its body, in binary DocValues, so a hit needs no trip to the store
    /// (<see cref="IndexedArticles"/>). DocValues rather than a stored field: stored fields are read by
    /// decompressing a 16 KB block per hit, which cost a search at 100,000 articles half a millisecond for its ten
    /// hits; a DocValues entry is read in place (docs/benchmarks.md). Bodies stay out: pages that show one read it
    /// from the store.
    /// </summary>
    public const string StoredArticle = "_article";

    /// <summary>The store's content hash of the indexed article (<see cref="IndexConsistency"/>).</summary>
    public const string ContentHash = "_hash";

    /// <summary>Days since 0001-01-01 of the publication date, for date ranges and sorting.</summary>
    public const string PublishedDays = "published.days";

    /// <summary>Commit user-data key: the highest store change sequence the commit contains.</summary>
    public const string CommitSequenceKey = "fundus.sequence";

    /// <summary>Commit user-data key: the <see cref="Schema"/> the index was built with.</summary>
    public const string CommitSchemaKey = "fundus.schema";

    /// <summary>
    /// The version of the fields above. An index built with another one is rebuilt from the store when it is
    /// opened, so an upgrade never searches fields that are not there
    /// (<c>An_index_of_an_earlier_schema_is_rebuilt_from_the_store_when_opened</c>).
    /// </summary>
    public const string Schema = "2";

    /// <summary>
    /// The fields a free-text query scores, with their weights: authors and title above teaser, teaser above the
    /// whole text. Places, organizations and topics are words of the text (<see cref="Text"/>) and weigh as such:
    /// a match there must not outweigh the words of the teaser (<c>german-matching.tsv</c>, Cybersicherheit), and
    /// each field scored costs a term lookup per alternative of every word (docs/benchmarks.md).
    /// </summary>
    public static IReadOnlyList<(string Field, float Boost)> SearchedTextFields { get; } =
    [
        (ArticleFields.Authors, 3f),
        (ArticleFields.Title, 2.5f),
        (ArticleFields.Teaser, 1.5f),
        (Text, 1f),
    ];

    /// <summary>The free-text fields of a subscriber's search: the public ones and the subscriber-only body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> SubscriberTextFields { get; } =
        [.. SearchedTextFields, (SubscriberBody, 1f)];

    /// <summary>The fields that are faceted and filtered by exact value.</summary>
    public static IReadOnlyList<string> FacetFields { get; } =
        [ArticleFields.Format, ArticleFields.Authors, ArticleFields.Places, ArticleFields.Organizations, ArticleFields.Topics, ArticleFields.Year];
}
