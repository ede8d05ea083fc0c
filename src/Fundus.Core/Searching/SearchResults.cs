using System.Text.Json.Serialization;

namespace Fundus.Searching;

/// <summary>One hit: the article's display fields, its score and the teaser with the matched words marked.</summary>
public sealed record SearchHit(
    string Id,
    string? Title,
    string Teaser,
    IReadOnlyList<string> Authors,
    string? Format,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Topics,
    DateOnly? Published,
    string? Url,
    float Score,
    string Highlight)
{
    /// <summary>Why the hit scored as it did (Lucene's explanation), when the request asked for it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Explanation { get; init; }
}

/// <summary>One value of a facet and how many hits have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// A page of results with the total and the facet counts over all hits. <see cref="Relaxed"/> says that no
/// article matched every word and these are the best partial matches; <see cref="DidYouMean"/> is a better
/// spelling of a query that found little.
/// </summary>
public sealed record SearchResults(
    long Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public bool Relaxed { get; init; }

    public string? DidYouMean { get; init; }

    public static SearchResults Empty(SearchRequest request) =>
        new(0, request.Page, request.Size, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
}
