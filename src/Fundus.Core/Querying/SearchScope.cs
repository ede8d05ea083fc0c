using Fundus.Indexing;

namespace Fundus.Querying;

/// <summary>
/// The text fields a search may look into, by who asks. Everyone searches the public fields; a subscriber also
/// searches the body of subscriber-only articles. A field outside the scope is never named in the query, so for an
/// anonymous reader the subscriber text does not exist: no hit, no count, no score statistic, no spelling hint.
/// </summary>
public sealed class SearchScope
{
    private SearchScope(IReadOnlyList<(string Field, float Boost)> fields, IReadOnlyList<string> analyzedText, IReadOnlyList<string> surfaced)
    {
        Fields = fields;
        AnalyzedTextFields = analyzedText;
        ProseFields = [.. fields.Where(f => f.Field is ArticleFields.Title or ArticleFields.Teaser || analyzedText.Contains(f.Field))];
        SurfaceFields = [.. surfaced.Select(IndexFieldNames.Surface)];
    }

    /// <summary>What any reader may search.</summary>
    public static SearchScope Public { get; } =
        new(IndexFieldNames.SearchedTextFields, [IndexFieldNames.Text], IndexFieldNames.TextFields);

    /// <summary>What a subscriber may search: the public fields and the subscriber-only body.</summary>
    public static SearchScope Subscriber { get; } =
        new(IndexFieldNames.SubscriberTextFields, [IndexFieldNames.Text, IndexFieldNames.SubscriberBody], [.. IndexFieldNames.TextFields, IndexFieldNames.SubscriberBody]);

    /// <summary>Analyzed fields searched for free text, with their weights.</summary>
    public IReadOnlyList<(string Field, float Boost)> Fields { get; }

    /// <summary>
    /// The analyzed fields that together hold every word of the article (<see cref="IndexFieldNames.Text"/>): a
    /// word within a few edits of an unknown query word is looked for here, compound parts included.
    /// </summary>
    public IReadOnlyList<string> AnalyzedTextFields { get; }

    /// <summary>
    /// The running-text fields of <see cref="Fields"/> (title, teaser, text), with their weights: a synonym is
    /// looked for here only. An author is a name, not a word to paraphrase, and each field searched costs every
    /// query a term lookup and a scorer per synonym (docs/benchmarks.md).
    /// </summary>
    public IReadOnlyList<(string Field, float Boost)> ProseFields { get; }

    /// <summary>The surface companions: phrases, prefixes, typos and the exact-spelling bonus.</summary>
    public IReadOnlyList<string> SurfaceFields { get; }
}
