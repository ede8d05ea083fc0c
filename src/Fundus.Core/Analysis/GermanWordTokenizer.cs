using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Splits German text into words, keeping together what German writes together:
/// <list type="bullet">
/// <item>hyphenated compounds: <c>Smart-City-Projekte</c>, <c>E-Government</c> (type <see cref="TokenTypes.Hyphenated"/>);</item>
/// <item>gender forms with a mark, normalized to a colon: <c>Bürger*innen, Bürger/-innen, Bürger_innen → Bürger:innen</c>
/// (type <see cref="TokenTypes.Gendered"/>);</item>
/// <item>versions and decimals: <c>4.0</c>, <c>X.0</c>; programming names: <c>C#</c>, <c>C++</c>.</item>
/// </list>
/// Everything else that is not a letter or digit separates words. Reads the whole field once, so lookahead is free.
/// </summary>
public sealed class GermanWordTokenizer : Tokenizer
{
    /// <summary>Longer runs are cut: no real word is longer, and a term this long only bloats the index.</summary>
    public const int MaxTokenLength = 80;

    /// <summary>Set in the flags attribute of a word that starts with a capital letter (a German noun, mostly).</summary>
    public const int CapitalizedFlag = 1;

    private readonly ICharTermAttribute _term;
    private readonly IFlagsAttribute _flags;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private char[] _text = new char[1024];
    private int _length;
    private int _position;

    public GermanWordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_position < _length && !IsWordChar(_text[_position]))
        {
            _position++;
        }

        if (_position >= _length)
        {
            return false;
        }

        var start = _position;
        var buffer = _term.ResizeBuffer(MaxTokenLength + 8);
        var used = 0;
        var type = TokenTypes.Word;
        while (true)
        {
            while (_position < _length && IsWordChar(_text[_position]))
            {
                if (used < MaxTokenLength)
                {
                    buffer[used++] = _text[_position];
                }

                _position++;
            }

            if (_position >= _length)
            {
                break;
            }

            var c = _text[_position];
            if (IsHyphen(c) && Next(1) is var next && IsWordChar(next))
            {
                buffer[used < MaxTokenLength ? used++ : used - 1] = '-';
                type = TokenTypes.Hyphenated;
                _position++;
                continue;
            }

            if (GenderSuffixLength() is var suffix and > 0)
            {
                // Bürger*innen → Bürger:innen; the mark (1 or 2 characters) becomes one colon.
                if (used + 1 + 5 <= MaxTokenLength)
                {
                    buffer[used++] = ':';
                }

                _position += suffix;
                while (_position < _length && char.IsLetter(_text[_position]))
                {
                    if (used < MaxTokenLength)
                    {
                        buffer[used++] = char.ToLowerInvariant(_text[_position]);
                    }

                    _position++;
                }

                if (type == TokenTypes.Word)
                {
                    type = TokenTypes.Gendered;
                }

                continue;
            }

            if (c == '.' && char.IsDigit(Next(1)) && used > 0 && (char.IsDigit(buffer[used - 1]) || used == 1))
            {
                buffer[used < MaxTokenLength ? used++ : used - 1] = '.';
                _position++;
                continue;
            }

            if (used <= 2 && (c == '#' || (c == '+' && Next(1) == '+')) && !IsWordChar(c == '#' ? Next(1) : Next(2)))
            {
                // C#, F#, C++: the sign is part of the name.
                var signs = c == '#' ? 1 : 2;
                for (var i = 0; i < signs; i++)
                {
                    buffer[used++] = c;
                }

                _position += signs;
            }

            break;
        }

        _term.Length = used;
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(_position));
        _type.Type = type;
        _flags.Flags = char.IsUpper(_text[start]) ? CapitalizedFlag : 0;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _position = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private char Next(int offset) => _position + offset < _length ? _text[_position + offset] : '\0';

    /// <summary>
    /// At a gender mark after a lowercase letter (<c>:</c>, <c>*</c>, <c>_</c>, <c>/</c>, <c>/-</c>) followed by
    /// <c>in</c> or <c>innen</c> and no further letter: the length of the mark; else 0.
    /// </summary>
    private int GenderSuffixLength()
    {
        var c = _text[_position];
        if (c is not (':' or '*' or '_' or '/' or '\u2217') || _position == 0 || !char.IsLower(_text[_position - 1]))
        {
            return 0;
        }

        var mark = c == '/' && Next(1) == '-' ? 2 : 1;
        var at = _position + mark;
        if (at + 2 > _length || char.ToLowerInvariant(_text[at]) != 'i' || _text[at + 1] != 'n')
        {
            return 0;
        }

        var end = at + 2;
        if (end + 3 <= _length && _text[end] == 'n' && _text[end + 1] == 'e' && _text[end + 2] == 'n')
        {
            end += 3;
        }

        return end < _length && char.IsLetter(_text[end]) ? 0 : mark;
    }
}
