namespace Fundus;

/// <summary>
/// The one catalogue of field names: the article's JSON/CSV names and the index's field names.
/// Nothing else in Fundus spells a field name as a string literal.
/// </summary>
public static class ArticleFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Teaser = "teaser";
    public const string Body = "body";
    public const string Authors = "authors";
    public const string Format = "format";
    public const string Published = "published";
    public const string Places = "places";
    public const string Organizations = "organizations";
    public const string Topics = "topics";
    public const string Url = "url";
    public const string Access = "access";
    public const string Source = "source";

    /// <summary>Index only: the publication year, for the year facet.</summary>
    public const string Year = "year";

    /// <summary>Index only: the store's sequence at which the article was first created (import order).</summary>
    public const string ImportOrder = "order";

    /// <summary>Every field an import may name, in the order Fundus writes them.</summary>
    public static IReadOnlyList<string> ModelFields { get; } =
        [Id, Title, Teaser, Body, Authors, Format, Published, Places, Organizations, Topics, Url, Access, Source];

    /// <summary>The list-valued model fields.</summary>
    public static IReadOnlySet<string> ListFields { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Authors, Places, Organizations, Topics };
}
