using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// One reading of a text for <see cref="QueryMarks"/>: the text analyzed as one field, and the stretches of it
/// that match the query. Neighbouring tokens whose offsets overlap (a word and its lemma, a compound and its parts)
/// form one group, and a group with a match is marked whole, as Lucene's <see cref="Highlighter"/> groups them:
/// <c>Smart-City-Projekten</c> is marked whole when the query looks for <c>smart</c> and <c>city</c>.
/// </summary>
internal abstract class MarkReading
{
    /// <summary>Adds the matched stretches of <paramref name="text"/>; adds nothing when the analysis gives offsets beyond it.</summary>
    public abstract void Collect(string text, List<(int Start, int End)> marked);
}

/// <summary>
/// A reading for a query of words alone: a token matches when its term is one the query looks for in the field.
/// It walks the tokens itself rather than through Lucene's <see cref="Highlighter"/>, which copies every token
/// into its groups and builds the fragment text no one reads; that was most of what highlighting a page allocated
/// (docs/benchmarks.md). It marks what the highlighter with a <see cref="QueryTermScorer"/> marks
/// (<c>Highlighting_marks_the_same_words_whether_the_query_is_read_once_or_per_hit</c>).
/// </summary>
internal sealed class TermReading : MarkReading
{
    // The highlighter reads no further into a text, nor more tokens into one group.
    private static readonly int MaxChars = Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE;
    private const int MaxTokensPerGroup = 50;

    private readonly Analyzer _analyzer;
    private readonly string _field;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _weights;

    public TermReading(Analyzer analyzer, string field, IEnumerable<WeightedTerm> terms)
    {
        _analyzer = analyzer;
        _field = field;
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            // A term asked for twice counts with its highest weight, as in QueryTermScorer.
            weights[term.Term] = Math.Max(term.Weight, weights.GetValueOrDefault(term.Term, float.MinValue));
        }

        _weights = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override void Collect(string text, List<(int Start, int End)> marked)
    {
        if (_weights.Dictionary.Count == 0)
        {
            return;
        }

        var found = marked.Count;
        var stream = _analyzer.GetTokenStream(_field, text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var group = default(Group);
            while (stream.IncrementToken() && offset.StartOffset < MaxChars)
            {
                if (offset.EndOffset > text.Length || offset.StartOffset > text.Length)
                {
                    // Offsets beyond the text: mark nothing from this reading rather than something wrong.
                    marked.RemoveRange(found, marked.Count - found);
                    break;
                }

                if (group.Tokens > 0 && offset.StartOffset >= group.End)
                {
                    group.Flush(marked);
                    group = default;
                }

                var weight = _weights.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var w) ? w : 0f;
                group.Add(offset.StartOffset, offset.EndOffset, weight);
            }

            group.Flush(marked);
            stream.End();
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>Tokens whose offsets overlap: the stretch they cover, and whether the query looks for any of them.</summary>
    private struct Group
    {
        public int Tokens;
        public int End;
        private int _start;
        private float _score;

        public void Add(int start, int end, float weight)
        {
            if (Tokens >= MaxTokensPerGroup)
            {
                return;
            }

            (_start, End) = Tokens == 0 ? (start, end) : (Math.Min(_start, start), Math.Max(End, end));
            _score += weight;
            Tokens++;
        }

        public readonly void Flush(List<(int Start, int End)> marked)
        {
            if (Tokens > 0 && _score > 0)
            {
                marked.Add((_start, End));
            }
        }
    }
}

/// <summary>
/// A reading for a query with phrases or prefixes, where whether a word is marked depends on its neighbours or on
/// the words of the text: Lucene's <see cref="Highlighter"/> with a scorer made per text.
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
