using System.Globalization;
using Fundus.Storage;

namespace Fundus.Importing;

/// <summary>
/// The fields of one record as an import found them, checked and turned into an <see cref="Article"/>.
/// JSON Lines and CSV both fill a draft, so both apply the same rules: a teaser is required, a missing id is
/// derived from the content, dates are <c>yyyy-MM-dd</c>, access is <c>public</c> or <c>subscriber</c>.
/// </summary>
public sealed class ArticleDraft
{
    public const int MaxIdLength = 200;
    public const int MaxListValueLength = 300;
    public const int MaxListValues = 100;
    public const int MaxTitleLength = 1_000;
    public const int MaxTeaserLength = 20_000;

    /// <summary>About 150 printed pages: longer is a mistake in the input, not an article.</summary>
    public const int MaxBodyLength = 1_000_000;

    private readonly Dictionary<string, string> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);

    /// <summary>Finds the model field an import names, ignoring case (<c>Teaser</c>, <c>TEASER</c>); null if unknown.</summary>
    public static string? ModelField(string name) =>
        ArticleFields.ModelFields.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public void SetText(string field, string? value)
    {
        if (value is not null)
        {
            _text[field] = value;
        }
    }

    public void AddListValue(string field, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (!_lists.TryGetValue(field, out var list))
        {
            _lists[field] = list = [];
        }

        list.Add(trimmed);
    }

    /// <summary>Builds the article, or says in <paramref name="error"/> why the record cannot be one.</summary>
    public Article? TryBuild(string source, out string? error)
    {
        error = null;
        var teaser = Text(ArticleFields.Teaser);
        if (teaser is null)
        {
            error = "missing teaser: every article needs a teaser text";
            return null;
        }

        if (TooLong() is { } tooLong)
        {
            error = tooLong;
            return null;
        }

        var title = Text(ArticleFields.Title);
        var id = Text(ArticleFields.Id) ?? ArticleIdentity.DeriveId(title, teaser);
        if (id.Length > MaxIdLength || id.Any(char.IsControl))
        {
            error = $"id must be at most {MaxIdLength} characters without control characters";
            return null;
        }

        DateOnly? published = null;
        if (Text(ArticleFields.Published) is { } date)
        {
            if (!TryParseDate(date, out var parsed))
            {
                error = $"published '{Shorten(date)}' is not a date like 2024-05-31";
                return null;
            }

            published = parsed;
        }

        var access = ArticleAccess.Public;
        if (Text(ArticleFields.Access) is { } accessText)
        {
            if (!Enum.TryParse(accessText, ignoreCase: true, out access) || !Enum.IsDefined(access))
            {
                error = $"access '{Shorten(accessText)}' must be 'public' or 'subscriber'";
                return null;
            }
        }

        return new Article
        {
            Id = id,
            Title = title,
            Teaser = teaser,
            Body = Text(ArticleFields.Body),
            Authors = List(ArticleFields.Authors),
            Format = Text(ArticleFields.Format),
            Published = published,
            Places = List(ArticleFields.Places),
            Organizations = List(ArticleFields.Organizations),
            Topics = List(ArticleFields.Topics),
            Url = Text(ArticleFields.Url),
            Access = access,
            Source = Text(ArticleFields.Source) ?? source,
        };
    }

    private string? TooLong()
    {
        foreach (var (field, limit) in new[] { (ArticleFields.Title, MaxTitleLength), (ArticleFields.Teaser, MaxTeaserLength), (ArticleFields.Body, MaxBodyLength) })
        {
            if (Text(field) is { } text && text.Length > limit)
            {
                return $"{field} has {text.Length:N0} characters; at most {limit:N0} are accepted";
            }
        }

        return _lists.FirstOrDefault(l => l.Value.Count > MaxListValues) is { Key: { } list }
            ? $"{list} has more than {MaxListValues} values"
            : null;
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // Full timestamps (2024-05-31T08:00:00Z) keep their calendar day.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('-', StringComparison.Ordinal))
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private string? Text(string field) =>
        _text.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private List<string> List(string field) =>
        _lists.TryGetValue(field, out var values)
            ? values.Where(v => v.Length <= MaxListValueLength).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
