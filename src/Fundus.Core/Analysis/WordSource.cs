using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>A token stream of exactly one word, with its type and capital-letter flag, for analyzing words one at a time.</summary>
internal sealed class WordSource : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private readonly IPositionIncrementAttribute _increment;
    private string _text = string.Empty;
    private string _kind = TokenTypes.Word;
    private bool _done;

    public WordSource()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public void Load(string text, string type)
    {
        _text = text;
        _kind = type;
    }

    public override bool IncrementToken()
    {
        if (_done)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_text);
        _type.Type = _kind;
        _flags.Flags = _text.Length > 0 && char.IsUpper(_text[0]) ? GermanWordTokenizer.CapitalizedFlag : 0;
        _increment.PositionIncrement = 1;
        _done = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _done = false;
    }
}

/// <summary>One term the analysis of a word produced: its text, type and whether it stacks on the one before.</summary>
internal readonly record struct WordTerm(string Text, string Type, bool Stacked);
