namespace Fundus.Importing;

/// <summary>How bad a problem with one record of an import is.</summary>
public enum ProblemKind
{
    /// <summary>The record was imported; something in it was ignored (an unknown field, say).</summary>
    Warning,

    /// <summary>The line is not an article (a page heading) and was left out on purpose.</summary>
    Skipped,

    /// <summary>The record could not be imported; the message says why.</summary>
    Rejected,
}

/// <summary>A problem with one place of one import source: <c>seed.txt:1: skipped: …</c>.</summary>
public sealed record ImportProblem(string Source, long Line, ProblemKind Kind, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line}: {Kind.ToString().ToLowerInvariant()}: {Message}" : $"{Source}: {Kind.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>What a reader made of one record: an article, a problem, or an article with warnings.</summary>
public sealed record ImportRecord(long Line, Article? Article, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportRecord Of(long line, Article article, IReadOnlyList<ImportProblem>? warnings = null) =>
        new(line, article, warnings ?? []);

    public static ImportRecord Problem(string source, long line, ProblemKind kind, string message) =>
        new(line, null, [new ImportProblem(source, line, kind, message)]);
}
