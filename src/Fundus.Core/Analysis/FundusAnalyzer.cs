using Fundus.Indexing;
using Lucene.Net.Analysis;

namespace Fundus.Analysis;

/// <summary>
/// The analyzer of the whole index, per field: the German chain for text fields, words as written for their
/// surface companions, and the value itself for keyword values.
/// </summary>
public sealed class FundusAnalyzer : AnalyzerWrapper
{
    private readonly Dictionary<string, Analyzer> _byField;

    public FundusAnalyzer(GermanAnalysisOptions? options = null)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        German = new GermanTextAnalyzer(options);
        GermanQuery = new GermanTextAnalyzer(options, forQueries: true);
        Surface = new SurfaceTextAnalyzer();
        _byField = IndexFieldNames.TextFields.Append(IndexFieldNames.SubscriberBody)
            .ToDictionary(IndexFieldNames.Surface, _ => (Analyzer)Surface, StringComparer.Ordinal);
    }

    /// <summary>The German chain for indexing text.</summary>
    public GermanTextAnalyzer German { get; }

    /// <summary>The German chain for query words.</summary>
    public GermanTextAnalyzer GermanQuery { get; }

    public SurfaceTextAnalyzer Surface { get; }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        _byField.TryGetValue(fieldName, out var analyzer) ? analyzer : German;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            German.Dispose();
            GermanQuery.Dispose();
            Surface.Dispose();
        }

        base.Dispose(disposing);
    }
}
