using Fundus.Analysis;

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

    private HashSet<string> Terms(string text) => AnalyzedText.Terms(_analyzer, ArticleFields.Teaser, text);

    /// <summary>Each position of the entry needs one of its own forms; parts do not stand for the word ("Daten" is no compound part).</summary>
    private string[][] Positions(string entry) =>
        AnalyzedText.Positions(_analyzer, ArticleFields.Teaser, entry)
            .Select(p => p.Where(t => t.Type is not (TokenTypes.Part or TokenTypes.Head)).Select(t => t.Text).ToArray())
            .Where(p => p.Length > 0)
            .ToArray();
}
