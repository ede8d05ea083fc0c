namespace Fundus;

/// <summary>Where Fundus keeps its data and how it finds it.</summary>
public sealed record FundusOptions
{
    public const string DataEnvironmentVariable = "FUNDUS_DATA";
    public const string DefaultDataDirectory = "fundus-data";

    public required string DataDirectory { get; init; }

    /// <summary>The German analysis chain; the index must be rebuilt when it changes.</summary>
    public Analysis.GermanAnalysisOptions Analysis { get; init; } = Fundus.Analysis.GermanAnalysisOptions.All;

    /// <summary>Whether authors, format, places, organizations and topics are extracted from the text when indexing.</summary>
    public bool Enrichment { get; init; } = true;

    /// <summary>Query-time stages.</summary>
    public Querying.QueryOptions Query { get; init; } = Fundus.Querying.QueryOptions.All;

    /// <summary>How many days the aggregated query statistics are kept (zero-result and top queries); 0 keeps none.</summary>
    public int QueryLogRetentionDays { get; init; } = 30;

    /// <summary>
    /// Opens the Lucene directory of an index generation folder; null: the file system. A wrapper here can inject
    /// faults (the reliability tests do) or keep the index elsewhere.
    /// </summary>
    public Func<string, Lucene.Net.Store.Directory>? IndexStorage { get; init; }

    /// <summary>The data directory from <c>--data</c>, else <c>FUNDUS_DATA</c>, else <c>./fundus-data</c>.</summary>
    public static string ResolveDataDirectory(string? fromCommandLine) =>
        Path.GetFullPath(
            !string.IsNullOrWhiteSpace(fromCommandLine) ? fromCommandLine
            : Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultDataDirectory);
}
