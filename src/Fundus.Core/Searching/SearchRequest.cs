using Fundus.Querying;

namespace Fundus.Searching;

/// <summary>Orders of the result list.</summary>
public enum SearchSort
{
    /// <summary>Best match first; without a query, newest first.</summary>
    Relevance,
    Newest,
    Oldest,
}

/// <summary>What a reader asks for: free text, filters by exact facet value, sort and page.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    /// <summary>Results beyond this many are not paged to: deep paging costs the server, not the reader.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Values of one filter at most: enough for any facet selection, too few to build a huge query.</summary>
    public const int MaxFilterValues = 50;

    public string? Query { get; init; }

    /// <summary>Exact facet values by field (<see cref="ArticleFields"/>); values of one field combine with OR.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Only articles published on or after this day (articles without a date drop out).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this day (articles without a date drop out).</summary>
    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>Who asks: a subscriber's search also looks into the bodies of subscriber-only articles.</summary>
    public ReaderAccess Access { get; init; } = ReaderAccess.Public;

    /// <summary>Adds to every hit the reasons for its score.</summary>
    public bool Explain { get; init; }

    /// <summary>
    /// Marks the query's words in each hit's teaser (the default). Without it the hit's highlight is the teaser
    /// HTML-escaped and unmarked: callers that show no teaser (the benchmark's id-and-title answer) skip the cost.
    /// </summary>
    public bool Highlight { get; init; } = true;

    /// <summary>How many values per facet to return; 0 for no facets.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Throws <see cref="QueryRejectedException"/> with a message for the reader when the request is out of bounds.</summary>
    public void Validate()
    {
        if (Size is < 1 or > MaxPageSize)
        {
            throw new QueryRejectedException($"Treffer pro Seite müssen zwischen 1 und {MaxPageSize} liegen.");
        }

        if (Page < 1)
        {
            throw new QueryRejectedException("Die Seitenzahl beginnt bei 1.");
        }

        if ((long)Page * Size > MaxResultWindow)
        {
            throw new QueryRejectedException(string.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), $"So weit blättert die Suche nicht: höchstens die ersten {MaxResultWindow:N0} Treffer. Bitte die Suche eingrenzen."));
        }

        if (From is { } from && To is { } to && from > to)
        {
            throw new QueryRejectedException("Der Zeitraum endet vor seinem Beginn.");
        }

        if (FacetSize is < 0 or > 100)
        {
            throw new QueryRejectedException("Es gibt höchstens 100 Facettenwerte.");
        }
    }
}
