namespace Fundus.Importing;

/// <summary>
/// Reads plain teaser text, one article teaser per line, like a saved archive search page. A line that is too
/// short to be a teaser (the page heading "Erweiterte Suche", a "Seite 2 von 7") is skipped and reported; blank
/// lines are passed over. Teaser lines carry no metadata: no title, no date, nothing invented.
/// </summary>
public sealed class TeaserTextReader : IArticleReader
{
    /// <summary>A teaser is prose: fewer words than this make a heading or a navigation line.</summary>
    public const int MinWords = 8;

    public IEnumerable<ImportRecord> Read(TextReader text, string source)
    {
        foreach (var line in new BoundedLineReader(text).ReadLines())
        {
            if (line.TooLong)
            {
                yield return ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, $"line longer than {BoundedLineReader.DefaultMaxLineChars:N0} characters");
                continue;
            }

            var teaser = line.Text.Trim().Trim('\uFEFF');
            if (teaser.Length == 0)
            {
                continue;
            }

            var words = teaser.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < MinWords)
            {
                yield return ImportRecord.Problem(source, line.Number, ProblemKind.Skipped, $"not an article teaser ({words} words): \"{Shorten(teaser)}\"");
                continue;
            }

            var draft = new ArticleDraft();
            draft.SetText(ArticleFields.Teaser, teaser);
            var article = draft.TryBuild($"{source}:{line.Number}", out var error);
            yield return article is null
                ? ImportRecord.Problem(source, line.Number, ProblemKind.Rejected, error!)
                : ImportRecord.Of(line.Number, article);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
