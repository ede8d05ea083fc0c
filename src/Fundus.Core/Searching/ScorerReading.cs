using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// A reading for what a <see cref="MarkPlan"/> cannot say, such as a sloppy phrase: Lucene's
/// <see cref="Highlighter"/> with a scorer made per text, which reads the query against each text.
/// </summary>
internal sealed class ScorerReading(Analyzer analyzer, string field, Func<IScorer> scorer) : MarkReading
{
    public override void Collect(string text, List<(int Start, int End)> marked)
    {
        var found = marked.Count;
        var highlighter = new Highlighter(new MarkRecorder(marked), scorer())
        {
            // Teasers are short: read the whole text rather than cutting it into fragments.
            TextFragmenter = new NullFragmenter(),
        };
        try
        {
            highlighter.GetBestFragment(analyzer, field, text);
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets beyond the text: mark nothing from this reading rather than something wrong.
            marked.RemoveRange(found, marked.Count - found);
        }
    }

    /// <summary>A formatter that writes nothing and remembers the offsets of every scored token group.</summary>
    private sealed class MarkRecorder(List<(int Start, int End)> marked) : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                marked.Add((tokenGroup.StartOffset, tokenGroup.EndOffset));
            }

            return originalText;
        }
    }
}
