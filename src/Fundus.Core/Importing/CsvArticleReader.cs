using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Fundus.Importing;

/// <summary>
/// Reads CSV with a header row naming model fields (<c>id;teaser;authors;published</c>). The delimiter is
/// detected (comma, semicolon or tab: German spreadsheets write semicolons). List fields hold several values
/// separated by <c>|</c> or <c>;</c> inside one cell. Columns that name no model field are ignored with one
/// warning; a row without a teaser is rejected with its line number.
/// </summary>
public sealed class CsvArticleReader : IArticleReader
{
    private static readonly char[] ListSeparators = ['|', ';'];

    public IEnumerable<ImportRecord> Read(TextReader text, string source)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
            MaxFieldSize = BoundedLineReader.DefaultMaxLineChars,
        };
        using var csv = new CsvReader(text, configuration);
        if (!TryRead(csv, out var headerProblem) || !TryReadHeader(csv))
        {
            yield return ImportRecord.Problem(source, 1, ProblemKind.Rejected, headerProblem ?? "empty CSV: no header row");
            yield break;
        }

        var header = csv.HeaderRecord ?? [];
        var columns = header.Select(ArticleDraft.ModelField).ToArray();
        var unknown = header.Where((_, i) => columns[i] is null).ToArray();
        if (!columns.Contains(ArticleFields.Teaser))
        {
            yield return ImportRecord.Problem(source, 1, ProblemKind.Rejected, $"the header names no 'teaser' column (found: {string.Join(", ", header)})");
            yield break;
        }

        if (unknown.Length > 0)
        {
            yield return ImportRecord.Problem(source, 1, ProblemKind.Warning, $"unknown columns ignored: {string.Join(", ", unknown)}");
        }

        while (true)
        {
            if (!TryRead(csv, out var problem))
            {
                if (problem is not null)
                {
                    yield return ImportRecord.Problem(source, csv.Parser.RawRow, ProblemKind.Rejected, problem);
                }

                yield break;
            }

            var line = csv.Parser.RawRow;
            var draft = new ArticleDraft();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is not { } field || csv.TryGetField<string>(i, out var cell) is false || cell is null)
                {
                    continue;
                }

                if (ArticleFields.ListFields.Contains(field))
                {
                    foreach (var value in cell.Split(ListSeparators))
                    {
                        draft.AddListValue(field, value);
                    }
                }
                else
                {
                    draft.SetText(field, cell);
                }
            }

            var article = draft.TryBuild($"{source}:{line}", out var error);
            yield return article is null
                ? ImportRecord.Problem(source, line, ProblemKind.Rejected, error!)
                : ImportRecord.Of(line, article);
        }
    }

    private static bool TryRead(CsvReader csv, out string? problem)
    {
        problem = null;
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException e)
        {
            problem = $"unreadable CSV: {e.Message.Split('\n')[0]}";
            return false;
        }
    }

    private static bool TryReadHeader(CsvReader csv)
    {
        try
        {
            return csv.ReadHeader();
        }
        catch (CsvHelperException)
        {
            return false;
        }
    }
}
