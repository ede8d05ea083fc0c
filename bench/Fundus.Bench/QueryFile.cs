namespace Fundus.Bench;

/// <summary>The query set of <c>../shared/bench/queries.txt</c>: <c>kind&lt;TAB&gt;query</c> per line.</summary>
internal static class QueryFile
{
    /// <summary>The queries of the file given by <c>--queries</c>, with their kinds, in file order.</summary>
    public static List<(string Kind, string Text)> Read(string[] args) =>
        File.ReadAllLines(BenchArguments.Option(args, "--queries") ?? throw new ArgumentException("--queries FILE is required"))
            .Where(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l.Split('\t', 2))
            .Select(p => (Kind: p[0].Trim(), Text: p[1].Trim()))
            .ToList();
}
