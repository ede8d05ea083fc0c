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
            var warnings = new List<string>();
            var article = JsonArticle.Read(document.RootElement, $"{source}:{line.Number}", warnings, out var error);
            return article is null
                ? ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, error!)
                : ImportRecord.Of(line.Number, article, [.. warnings.Select(w => new ImportProblem(source, line.Number, ProblemKind.Warning, w))]);
        }
    }
}
