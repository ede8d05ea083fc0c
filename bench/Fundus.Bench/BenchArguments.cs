namespace Fundus.Bench;

/// <summary>The <c>--name value</c> options of the bench commands.</summary>
internal static class BenchArguments
{
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}

/// <summary>Medians and percentiles, as every bench figure is reported.</summary>
internal static class Percentiles
{
    /// <summary>The nearest-rank percentile of values sorted ascending.</summary>
    public static double Of(IReadOnlyList<double> sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
