using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>One term of an analyzed text and its type (<see cref="TokenTypes"/>).</summary>
public readonly record struct AnalyzedTerm(string Text, string Type);

/// <summary>
/// Runs an analyzer over a text and returns its terms grouped by position: several terms at one position are
/// alternatives of the same word (a compound and its parts, a form and its base). The one place that reads a token
/// stream for the query compiler, the topic tagger, <c>fundus analyze</c> and the tests.
/// </summary>
public static class AnalyzedText
{
    public static List<List<AnalyzedTerm>> Positions(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var positions = new List<List<AnalyzedTerm>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(new AnalyzedTerm(term.ToString(), type.Type));
        }

        stream.End();
        return positions;
    }

    /// <summary>Every distinct term of the text.</summary>
    public static HashSet<string> Terms(Analyzer analyzer, string field, string text) =>
        Positions(analyzer, field, text).SelectMany(p => p).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
}
