using System.Globalization;
using System.Text.Json;

namespace Fundus.Importing;

/// <summary>
/// Reads JSON Lines: one article object per line, with the model's field names
/// (<c>{"id": "...", "teaser": "...", "authors": ["..."], "published": "2024-05-31"}</c>). Lists may also be
/// given as one string; a numeric id is taken as text. Unknown fields are ignored with a warning; a malformed
/// line is rejected with its line number and the rest still imports.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public IEnumerable<ImportRecord> Read(TextReader text, string source)
    {
        foreach (var line in new BoundedLineReader(text).ReadLines())
        {
            if (line.TooLong)
            {
                yield return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, $"line longer than {BoundedLineReader.DefaultMaxLineChars:N0} characters");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            yield return ReadLine(line, source);
        }
    }

    private static ImportRecord ReadLine(TextLine line, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.Text.Trim().TrimStart('\uFEFF'), DocumentOptions);
        }
        catch (JsonException e)
        {
            var message = line.HasLineEnd
                ? $"malformed JSON: {e.Message}"
                : "truncated last line: it has no line end and its JSON is incomplete (was the file cut off?)";
            return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, message);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, $"expected an article object, found {document.RootElement.ValueKind}");
            }

            var warnings = new List<ImportProblem>();
            var draft = new ArticleDraft();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var field = ArticleDraft.ModelField(property.Name);
                if (field is null)
                {
                    warnings.Add(new ImportProblem(source, line.Number, ProblemKind.Warning, $"unknown field '{property.Name}' ignored"));
                    continue;
                }

                if (!Fill(draft, field, property.Value))
                {
                    return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, $"field '{field}' has a {property.Value.ValueKind} value that does not fit");
                }
            }

            var article = draft.TryBuild($"{source}:{line.Number}", out var error);
            return article is null
                ? ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, error!)
                : ImportRecord.Of(line.Number, article, warnings);
        }
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
