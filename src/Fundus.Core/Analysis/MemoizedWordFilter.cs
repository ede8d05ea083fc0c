using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Runs the per-word stages of the German chain once per distinct word and replays the result for every later
/// occurrence: German text repeats its words, so most tokens cost one lookup instead of a pass through every stage.
/// The stages see exactly one word at a time (<see cref="WordSource"/>), so the result depends only on the word as
/// written and its type, which is the memo's key.
/// </summary>
internal sealed class MemoizedWordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private readonly WordMemos _memos;
    private readonly WordChain _chain;
    private WordTerm[] _current = [];
    private int _next;

    public MemoizedWordFilter(TokenStream input, WordMemos memos, WordChain chain)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _memos = memos;
        _chain = chain;
    }

    public override bool IncrementToken()
    {
        if (_next < _current.Length)
        {
            Set(_current[_next++], 0);
            return true;
        }

        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var memo = _memos.For(_type.Type);
            var terms = memo.Get(_term.Buffer.AsSpan(0, _term.Length), _chain.Analyze(_type.Type));
            if (terms.Length == 0)
            {
                // A stop word: its position stays, as a gap, so phrases do not join across it.
                skipped += _increment.PositionIncrement;
                continue;
            }

            _current = terms;
            _next = 1;
            Set(terms[0], _increment.PositionIncrement + skipped);
            return true;
        }

        _increment.PositionIncrement += skipped;
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _current = [];
        _next = 0;
    }

    private void Set(WordTerm term, int increment)
    {
        _term.SetEmpty().Append(term.Text);
        _type.Type = term.Type;
        _increment.PositionIncrement = term.Stacked ? 0 : increment;
        _keyword.IsKeyword = false;
    }
}

/// <summary>The memos of one analyzer, one per token type (a joined word is analyzed differently from a plain one).</summary>
internal sealed class WordMemos
{
    private readonly Dictionary<string, WordMemo<WordTerm[]>> _byType = new(StringComparer.Ordinal)
    {
        [TokenTypes.Word] = new(),
        [TokenTypes.Joined] = new(),
        [TokenTypes.Gendered] = new(),
    };

    private readonly WordMemo<WordTerm[]> _other = new();

    public WordMemo<WordTerm[]> For(string type) => _byType.TryGetValue(type, out var memo) ? memo : _other;
}

/// <summary>The per-word stages over a <see cref="WordSource"/>; one per analyzing thread (not thread-safe).</summary>
internal sealed class WordChain
{
    private readonly WordSource _source;
    private readonly TokenStream _stream;
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Dictionary<string, Func<string, WordTerm[]>> _analyze = new(StringComparer.Ordinal);

    public WordChain(WordSource source, TokenStream stream)
    {
        _source = source;
        _stream = stream;
        _term = stream.AddAttribute<ICharTermAttribute>();
        _type = stream.AddAttribute<ITypeAttribute>();
        _increment = stream.AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The analysis of a word of the given type, as a delegate made once per type.</summary>
    public Func<string, WordTerm[]> Analyze(string type)
    {
        if (!_analyze.TryGetValue(type, out var analyze))
        {
            _analyze[type] = analyze = word => Run(word, type);
        }

        return analyze;
    }

    private WordTerm[] Run(string word, string type)
    {
        _source.Load(word, type);
        _stream.Reset();
        var terms = new List<WordTerm>(4);
        while (_stream.IncrementToken())
        {
            var text = _term.ToString();
            if (terms.Any(t => t.Text == text))
            {
                continue;
            }

            terms.Add(new WordTerm(text, _type.Type, Stacked: terms.Count > 0 || _increment.PositionIncrement == 0));
        }

        _stream.End();
        _stream.Dispose();
        return terms.Count > 0 ? [terms[0] with { Stacked = false }, .. terms.Skip(1)] : [];
    }
}
