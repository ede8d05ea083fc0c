using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Fundus.Analysis;

/// <summary>
/// Base of the stages that add tokens to the stream: a subclass looks at each incoming token and queues further
/// tokens (at the same position or the next ones) with <see cref="Emit"/>. Keeps the bookkeeping of captured
/// states in one place so each stage says only what it adds.
/// </summary>
public abstract class StackingFilter : TokenFilter
{
    private readonly Queue<Pending> _pending = new();
    private int _sourceStart;
    private int _sourceEnd;

    protected StackingFilter(TokenStream input)
        : base(input)
    {
        Term = AddAttribute<ICharTermAttribute>();
        Type = AddAttribute<ITypeAttribute>();
        PositionIncrement = AddAttribute<IPositionIncrementAttribute>();
        Offset = AddAttribute<IOffsetAttribute>();
        Keyword = AddAttribute<IKeywordAttribute>();
    }

    protected ICharTermAttribute Term { get; }

    protected ITypeAttribute Type { get; }

    protected IPositionIncrementAttribute PositionIncrement { get; }

    protected IOffsetAttribute Offset { get; }

    protected IKeywordAttribute Keyword { get; }

    public sealed override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            // The other attributes (flags) still hold the source token's values: only these differ. Setting them
            // instead of capturing and restoring the whole state saves an allocation per added token.
            var next = _pending.Dequeue();
            Term.SetEmpty().Append(next.Text);
            Type.Type = next.Type;
            PositionIncrement.PositionIncrement = next.PositionIncrement;
            Keyword.IsKeyword = next.Keyword;
            Offset.SetOffset(next.Start >= 0 ? next.Start : _sourceStart, next.Start >= 0 ? next.End : _sourceEnd);
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        (_sourceStart, _sourceEnd) = (Offset.StartOffset, Offset.EndOffset);
        Process();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }

    /// <summary>Looks at the current token; may change it and queue more with <see cref="Emit"/>.</summary>
    protected abstract void Process();

    /// <summary>
    /// Queues a token after the current one: increment 0 stacks it on the same position; a keyword passes the
    /// later stages unchanged.
    /// </summary>
    protected void Emit(string text, string type, int positionIncrement = 0, int start = -1, int end = -1, bool keyword = false) =>
        _pending.Enqueue(new Pending(text, type, positionIncrement, start, end, keyword));

    private readonly record struct Pending(string Text, string Type, int PositionIncrement, int Start, int End, bool Keyword);
}
