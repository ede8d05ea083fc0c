using System.Globalization;
using Fundus.Querying;
using Fundus.Searching;

namespace Fundus.Web;

/// <summary>Turns <see cref="SearchParameters"/> into a <see cref="SearchRequest"/>; a malformed value is the reader's mistake.</summary>
internal static class SearchRequestBinder
{
    public static SearchRequest Bind(SearchParameters parameters)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Filter(filters, "author", ArticleFields.Authors, parameters.Author);
        Filter(filters, "format", ArticleFields.Format, parameters.Format);
        Filter(filters, "place", ArticleFields.Places, parameters.Place);
        Filter(filters, "organization", ArticleFields.Organizations, parameters.Organization);
        Filter(filters, "topic", ArticleFields.Topics, parameters.Topic);
        Filter(filters, "year", ArticleFields.Year, parameters.Year);

        return new SearchRequest
        {
            Query = parameters.Q ?? string.Empty,
            Filters = filters,
            Sort = SortOf(parameters.Sort),
            From = DateOf("from", parameters.From),
            To = DateOf("to", parameters.To),
            Page = Number("page", parameters.Page, 1),
            Size = Number("size", parameters.Size, 10),
            Explain = string.Equals(parameters.Explain, "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static void Filter(Dictionary<string, IReadOnlyList<string>> filters, string parameter, string field, string[]? given)
    {
        var values = (given ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count > SearchRequest.MaxFilterValues)
        {
            throw new QueryRejectedException($"Höchstens {SearchRequest.MaxFilterValues} Werte für „{parameter}“.");
        }

        if (values.Count > 0)
        {
            filters[field] = values;
        }
    }

    private static SearchSort SortOf(string? text) => text switch
    {
        null or "" or "relevance" or "relevanz" => SearchSort.Relevance,
        "newest" or "neueste" => SearchSort.Newest,
        "oldest" or "aelteste" or "älteste" => SearchSort.Oldest,
        _ => throw new QueryRejectedException("„sort“ kennt relevance, newest und oldest."),
    };

    private static DateOnly? DateOf(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new QueryRejectedException($"„{name}“ muss ein Datum wie 2024-06-30 sein.");
    }

    private static int Number(string name, string? text, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new QueryRejectedException($"„{name}“ muss eine ganze Zahl sein.");
    }
}
