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
    /// <summary>At most this many lines are read ahead and parsed together.</summary>
    internal const int ChunkLines = 256;

    /// <summary>A chunk is parsed once its lines hold this many characters, whatever their number (lines of 1 MiB each).</summary>
    internal const int ChunkChars = 4 << 20;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public IEnumerable<ImportRecord> Read(TextReader text, string source)
    {
        // Lines are read in order, then parsed on every core a chunk at a time: each line is parsed on its own, and
        // parsing is the larger part of reading a file. The records keep the file's order
        // (Records_of_a_long_file_keep_its_order_and_line_numbers).
        var chunk = new List<TextLine>(ChunkLines);
        var chars = 0;
        foreach (var line in new BoundedLineReader(text).ReadLines())
        {
            chunk.Add(line);
            chars += line.Text.Length;
            if (chunk.Count == ChunkLines || chars >= ChunkChars)
            {
                foreach (var record in Parse(chunk, source))
                {
                    yield return record;
                }

                chunk.Clear();
                chars = 0;
            }
        }

        foreach (var record in Parse(chunk, source))
        {
            yield return record;
        }
    }

    private static IEnumerable<ImportRecord> Parse(List<TextLine> chunk, string source)
    {
        var records = new ImportRecord?[chunk.Count];
        Parallel.For(0, chunk.Count, i => records[i] = Parse(chunk[i], source));
        return records.OfType<ImportRecord>();
    }

    /// <summary>The record of one line; null for a blank line.</summary>
    private static ImportRecord? Parse(TextLine line, string source)
    {
        if (line.TooLong)
        {
            return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, $"line longer than {BoundedLineReader.DefaultMaxLineChars:N0} characters");
        }

        return string.IsNullOrWhiteSpace(line.Text) ? null : ReadLine(line, source);
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
