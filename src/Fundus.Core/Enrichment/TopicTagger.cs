using Fundus.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Enrichment;

/// <summary>
/// Assigns topics of the controlled vocabulary in <c>topics.txt</c> from the analyzed text: a topic fits when the
/// text holds all analyzed terms of one of its entries, so word forms, compound parts and gender forms count
/// (<c>Cyberangriffe</c> holds <c>Cyberangriff</c>, <c>Verwaltungsdigitalisierung</c> holds <c>Digitalisierung</c>).
/// </summary>
public sealed class TopicTagger
{
    private readonly GermanTextAnalyzer _analyzer;
    private readonly List<(string Topic, string Entry, string[][] Terms)> _entries;

    public TopicTagger(GermanTextAnalyzer analyzer, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _analyzer = analyzer;
        _entries = [];
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var topic = line[..colon].Trim();
            foreach (var entry in line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // Each position of the entry needs one of its terms (the word itself or its stacked forms).
                var positions = Positions(entry);
                if (positions.Length > 0)
                {
                    _entries.Add((topic, entry, positions));
                }
            }
        }
    }

    public static IEnumerable<string> BuiltInLines => EmbeddedText.Lines("Fundus.Enrichment.Resources.topics.txt");

    public IReadOnlyList<Extracted> Tag(string text)
    {
        var terms = Terms(text);
        var found = new List<Extracted>();
        foreach (var (topic, entry, positions) in _entries)
        {
            if (!found.Any(f => f.Value == topic) && positions.All(p => p.Any(terms.Contains)))
            {
                found.Add(new Extracted(topic, "term:" + entry));
            }
        }

        return found;
    }

    private HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = _analyzer.GetTokenStream(ArticleFields.Teaser, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private string[][] Positions(string entry)
    {
        var positions = new List<List<string>>();
        using var stream = _analyzer.GetTokenStream(ArticleFields.Teaser, entry);
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

            // Only the word's own forms stand for it, not its parts: "Daten" must not be met by any compound part.
            if (type.Type is not (TokenTypes.Part or TokenTypes.Head))
            {
                positions[^1].Add(term.ToString());
            }
        }

        stream.End();
        return positions.Where(p => p.Count > 0).Select(p => p.ToArray()).ToArray();
    }
}
