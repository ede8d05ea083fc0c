using Fundus.Storage;

namespace Fundus.Importing;

/// <summary>How far an import has come, in bytes of the current file.</summary>
public readonly record struct ImportProgress(string Source, long BytesRead, long BytesTotal, int Articles);

/// <summary>
/// Imports files into the store: detects encoding and format, reads records, and upserts them in durable
/// batches. Bad records are reported with file and line and never stop the rest. The index is not touched here:
/// it follows the store (see <see cref="Indexing.ArticleIndex"/>).
/// </summary>
public sealed class ArticleImporter(IArticleStore store)
{
    public const int BatchSize = 1_000;

    public ImportReport ImportFiles(IEnumerable<string> paths, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var report = new ImportReport();
        foreach (var path in paths)
        {
            try
            {
                ImportFile(path, report, progress);
            }
            catch (StoreFullException)
            {
                // Reported with the file; the files after it would fail the same way.
                break;
            }
        }

        return report;
    }

    /// <summary>Imports from an open reader, e.g. the embedded seed; <paramref name="source"/> names it in messages.</summary>
    public ImportReport Import(TextReader text, string source, ImportFormat format, ImportReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        report ??= new ImportReport();
        Store(ImportFormatDetector.ReaderFor(format).Read(text, source), report, onBatch: null);
        return report;
    }

    private void ImportFile(string path, ImportReport report, IProgress<ImportProgress>? progress)
    {
        if (Directory.Exists(path))
        {
            report.Add(new ImportProblem(path, 0, ProblemKind.Rejected, "is a directory; name the files to import (for example DIR/*.jsonl)"));
            return;
        }

        if (!File.Exists(path))
        {
            report.Add(new ImportProblem(path, 0, ProblemKind.Rejected, "no such file"));
            return;
        }

        try
        {
            var encoding = TextFileDecoder.Detect(path);
            var (reader, _) = TextFileDecoder.Open(path, encoding);
            using (reader)
            {
                var total = reader.BaseStream.Length;
                if (total == 0 || reader.Peek() < 0)
                {
                    report.Add(new ImportProblem(path, 0, ProblemKind.Rejected, "empty file: nothing to import"));
                    return;
                }

                var firstLine = PeekFirstLine(path, encoding);
                var format = ImportFormatDetector.Detect(path, firstLine);
                var records = ImportFormatDetector.ReaderFor(format).Read(reader, Path.GetFileName(path));
                Store(records, report, articles => progress?.Report(new ImportProgress(path, reader.BaseStream.Position, total, articles)));
            }
        }
        catch (StoreFullException)
        {
            report.Add(new ImportProblem(path, 0, ProblemKind.Rejected,
                $"the disk is full: the batch being written was not stored; {report.Created + report.Updated + report.Unchanged} articles were stored before it. " +
                "Free space and run the same import again: articles already stored are skipped as unchanged."));
            throw;
        }
        catch (UnauthorizedAccessException e)
        {
            report.Add(new ImportProblem(path, 0, ProblemKind.Rejected, $"cannot be read: {e.Message}"));
        }
        catch (IOException e)
        {
            report.Add(new ImportProblem(path, 0, ProblemKind.Rejected, $"cannot be read: {e.Message}"));
        }
    }

    private void Store(IEnumerable<ImportRecord> records, ImportReport report, Action<int>? onBatch)
    {
        var batch = new List<Article>(BatchSize);
        var stored = 0;
        foreach (var record in records)
        {
            report.AddRange(record.Problems);
            if (record.Article is null)
            {
                continue;
            }

            batch.Add(record.Article);
            if (batch.Count == BatchSize)
            {
                stored += Flush(batch, report);
                onBatch?.Invoke(stored);
            }
        }

        stored += Flush(batch, report);
        onBatch?.Invoke(stored);
    }

    private int Flush(List<Article> batch, ImportReport report)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        // The same id twice in one batch: the later record wins, as it would in two batches.
        var distinct = batch.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        foreach (var outcome in store.Upsert(distinct))
        {
            switch (outcome.Kind)
            {
                case UpsertKind.Created:
                    report.Created++;
                    break;
                case UpsertKind.Updated:
                    report.Updated++;
                    break;
                default:
                    report.Unchanged++;
                    break;
            }
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string PeekFirstLine(string path, System.Text.Encoding encoding)
    {
        var (reader, _) = TextFileDecoder.Open(path, encoding);
        using (reader)
        {
            var buffer = new char[4096];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var text = new string(buffer, 0, read);
            var end = text.IndexOfAny(['\r', '\n']);
            return end < 0 ? text : text[..end];
        }
    }
}
