namespace Fundus.Importing;

/// <summary>The import formats Fundus reads.</summary>
public enum ImportFormat
{
    TeaserText,
    JsonLines,
    Csv,
}

/// <summary>
/// Chooses the format of an import file: by extension where it says (<c>.jsonl</c>, <c>.ndjson</c>, <c>.csv</c>,
/// <c>.tsv</c>, <c>.txt</c>), else by content: a first line that starts with <c>{</c> is JSON Lines, a first line
/// that names the <c>teaser</c> column between delimiters is CSV, anything else is teaser text.
/// </summary>
public static class ImportFormatDetector
{
    public static ImportFormat Detect(string path, string firstLine)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".jsonl" or ".ndjson":
                return ImportFormat.JsonLines;
            case ".csv" or ".tsv":
                return ImportFormat.Csv;
        }

        var line = firstLine.TrimStart('\uFEFF', ' ', '\t');
        if (line.StartsWith('{'))
        {
            return ImportFormat.JsonLines;
        }

        var cells = line.Split([',', ';', '\t']);
        return cells.Length > 1 && cells.Any(c => string.Equals(c.Trim().Trim('"'), ArticleFields.Teaser, StringComparison.OrdinalIgnoreCase))
            ? ImportFormat.Csv
            : ImportFormat.TeaserText;
    }

    public static IArticleReader ReaderFor(ImportFormat format) => format switch
    {
        ImportFormat.JsonLines => new JsonLinesReader(),
        ImportFormat.Csv => new CsvArticleReader(),
        _ => new TeaserTextReader(),
    };
}
