using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Lower-cases a token by the invariant culture's mapping of each character, as Lucene's <c>LowerCaseFilter</c>
/// does: <c>Bürger → bürger</c>, <c>STRASSE → strasse</c>, <c>ÖPNV → öpnv</c>. The mapping of the Basic
/// Multilingual Plane is read from a table made once: Lucene.NET's filter asks ICU for every token with a letter
/// beyond ASCII, which in German is many words. Lower-casing the words of 5,000 benchmark bodies took 60 ms that
/// way and takes 30 ms from the table (docs/benchmarks.md); <c>Lower_casing_equals_Lucenes_for_every_character</c>
/// holds the two equal.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private static readonly char[] Lower = CreateTable();

    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                // Beyond the BMP (Deseret, Old Hungarian …): a code point is two chars either way.
                var lower = Rune.ToLowerInvariant(new Rune(c, buffer[i + 1]));
                lower.EncodeToUtf16(buffer.AsSpan(i, 2));
                i++;
                continue;
            }

            buffer[i] = Lower[c];
        }

        return true;
    }

    private static char[] CreateTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // A lone surrogate is left as it is, as Lucene leaves it.
            table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
