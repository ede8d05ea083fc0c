namespace Fundus.Importing;

/// <summary>The outcome of an import: counts and every problem with its file and line.</summary>
public sealed class ImportReport
{
    private readonly List<ImportProblem> _problems = [];

    public int Created { get; internal set; }

    public int Updated { get; internal set; }

    public int Unchanged { get; internal set; }

    public int Skipped => _problems.Count(p => p.Kind == ProblemKind.Skipped);

    public int Rejected => _problems.Count(p => p.Kind == ProblemKind.Rejected);

    public int Warnings => _problems.Count(p => p.Kind == ProblemKind.Warning);

    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>True when anything was rejected: the CLI exits non-zero then.</summary>
    public bool HasRejections => Rejected > 0;

    public string Summary =>
        $"{Created} imported, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Rejected} rejected" +
        (Warnings > 0 ? $", {Warnings} warnings" : string.Empty);

    internal void Add(ImportProblem problem) => _problems.Add(problem);

    internal void AddRange(IEnumerable<ImportProblem> problems) => _problems.AddRange(problems);
}
