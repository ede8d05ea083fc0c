using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Fundus.Searching;

/// <summary>
/// A reading for a query of words, phrases and prefixes (<see cref="MarkPlan"/>), which walks the tokens itself
/// rather than through Lucene's <see cref="Highlighter"/>. The highlighter copies every token into its groups and
/// builds fragment text no one reads, and for a phrase or prefix it indexes each text in a <c>MemoryIndex</c> to
/// find them: most of what highlighting a page allocated (docs/benchmarks.md). A token is marked when the query
/// looks for its term anywhere (a word, or a word the prefix begins), or when its term belongs to a phrase that
/// matches the text and its position lies within a match, as the highlighter with a <see cref="QueryScorer"/> marks
/// (<c>Highlighting_marks_the_same_words_as_Lucenes_highlighter</c>).
/// </summary>
internal sealed class PlannedReading(Analyzer analyzer, string field, MarkPlan plan) : MarkReading
{
    // The highlighter reads no further into a text, nor more tokens into one group.
    private static readonly int MaxChars = Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE;
    private const int MaxTokensPerGroup = 50;

    // Reused from text to text: a reading serves the hits of one search, one after the other.
    private readonly List<Token> _tokens = [];

    public override void Collect(string text, List<(int Start, int End)> marked)
    {
        if (plan.IsEmpty)
        {
            return;
        }

        var tokens = Tokens(text);
        if (tokens is null)
        {
            // Offsets beyond the text: mark nothing from this reading rather than something wrong.
            return;
        }

        var spans = plan.Phrases.Count == 0 ? null : PhraseSpans(tokens);
        var group = default(Group);
        foreach (var token in tokens)
        {
            if (group.Tokens > 0 && token.Start >= group.End)
            {
                group.Flush(marked);
                group = default;
            }

            group.Add(token.Start, token.End, Weight(token, spans));
        }

        group.Flush(marked);
    }

    /// <summary>The tokens of the text up to the highlighter's limit; null when an offset lies beyond the text.</summary>
    private List<Token>? Tokens(string source)
    {
        var tokens = _tokens;
        tokens.Clear();
        using var stream = analyzer.GetTokenStream(field, source);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && offset.StartOffset < MaxChars)
        {
            if (offset.EndOffset > source.Length || offset.StartOffset > source.Length)
            {
                return null;
            }

            position += increment.PositionIncrement;
            // Only a prefix asks for a word the plan does not name; otherwise its text is not needed.
            var planned = plan.Find(term.Buffer.AsSpan(0, term.Length))
                ?? new PlannedTerm(plan.Prefixes.Count > 0 ? term.ToString() : string.Empty, Anywhere: null, InPhrase: null);
            tokens.Add(new Token(planned, position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>For each term of a phrase, the stretches of positions where one of its phrases matches the text.</summary>
    private Dictionary<string, List<(int From, int To)>> PhraseSpans(List<Token> tokens)
    {
        var at = tokens.Select(t => (t.Position, t.Term)).ToHashSet();
        var spans = new Dictionary<string, List<(int From, int To)>>(StringComparer.Ordinal);
        foreach (var phrase in plan.Phrases)
        {
            var last = phrase.Positions[^1] - phrase.Positions[0];
            foreach (var token in tokens.Where(t => string.Equals(t.Term, phrase.Terms[0], StringComparison.Ordinal)))
            {
                var matches = true;
                for (var i = 1; i < phrase.Terms.Length && matches; i++)
                {
                    matches = at.Contains((token.Position + phrase.Positions[i] - phrase.Positions[0], phrase.Terms[i]));
                }

                if (!matches)
                {
                    continue;
                }

                foreach (var term in phrase.Terms)
                {
                    (spans.TryGetValue(term, out var list) ? list : spans[term] = []).Add((token.Position, token.Position + last));
                }
            }
        }

        return spans;
    }

    private float Weight(Token token, Dictionary<string, List<(int From, int To)>>? spans)
    {
        if (token.Planned.Anywhere is { } weight)
        {
            return weight;
        }

        foreach (var (prefix, boost) in plan.Prefixes)
        {
            if (token.Term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return boost;
            }
        }

        if (spans is not null && token.Planned.InPhrase is { } inPhrase && spans.TryGetValue(token.Term, out var within)
            && within.Exists(s => token.Position >= s.From && token.Position <= s.To))
        {
            return inPhrase;
        }

        return 0f;
    }

    private readonly record struct Token(PlannedTerm Planned, int Position, int Start, int End)
    {
        public string Term => Planned.Text;
    }

    /// <summary>Tokens whose offsets overlap: the stretch they cover, and how much the query looks for them.</summary>
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
