using System.Globalization;
using System.Text.Json;

namespace Fundus.Importing;

/// <summary>
/// One article from a JSON object, as a JSON Lines import and the ingestion API receive it: model fields matched
/// without regard to case, unknown fields reported as warnings, list fields as a string or an array of strings,
/// and the rules of <see cref="ArticleDraft"/> (required teaser, dates, access, lengths).
/// </summary>
public static class JsonArticle
{
    /// <summary>The article of <paramref name="element"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static Article? Read(JsonElement element, string source, ICollection<string> warnings, out string? error)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"expected an article object, found {element.ValueKind}";
            return null;
        }

        var draft = new ArticleDraft();
        try
        {
            foreach (var property in element.EnumerateObject())
            {
                var field = ArticleDraft.ModelField(property.Name);
                if (field is null)
                {
                    warnings.Add($"unknown field '{property.Name}' ignored");
                    continue;
                }

                if (!Fill(draft, field, property.Value))
                {
                    error = $"field '{field}' has a {property.Value.ValueKind} value that does not fit";
                    return null;
                }
            }
        }
        catch (InvalidOperationException e) when (e is not ObjectDisposedException)
        {
            // Valid JSON may still escape half a character (\ud800 without its pair), which System.Text.Json refuses
            // to read as a string (A_lone_surrogate_is_rejected_and_the_rest_imports).
            error = "a name or text holds an escaped half of a UTF-16 character (such as \\ud800 without its pair)";
            return null;
        }

        return draft.TryBuild(source, out error);
    }

    private static bool Fill(ArticleDraft draft, string field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (ArticleFields.ListFields.Contains(field))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                draft.AddListValue(field, value.GetString()!);
                return true;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                draft.AddListValue(field, item.GetString()!);
            }

            return true;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                draft.SetText(field, value.GetString());
                return true;
            case JsonValueKind.Number when field == ArticleFields.Id:
                draft.SetText(field, value.GetRawText().ToString(CultureInfo.InvariantCulture));
                return true;
            default:
                return false;
        }
    }
}
