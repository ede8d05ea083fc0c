using System.Text;
using Fundus.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Tests.Analysis;

public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Lower_casing_equals_Lucenes_for_every_character()
    {
        var text = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                text.Append((char)c);
            }
        }

        // Pairs beyond the BMP with and without a lower case (Deseret 𐐀, Osage 𐒰, mathematical 𝐀), and lone surrogates.
        text.Append("𐐀𐐁𐒰𝐀\uD800a\uDC00b");

        var lucene = Lowered(text.ToString(), reader => new LowerCaseFilter(GermanTextAnalyzer.Version, new KeywordTokenizer(reader)));
        var fundus = Lowered(text.ToString(), reader => new InvariantLowerCaseFilter(new KeywordTokenizer(reader)));

        Assert.Equal(text.Length, fundus.Length);
        Assert.Equal(lucene, fundus);
        Assert.StartsWith("bürger", Lowered("BÜRGER", reader => new InvariantLowerCaseFilter(new KeywordTokenizer(reader))), StringComparison.Ordinal);
    }

    private static string Lowered(string text, Func<TextReader, TokenStream> chain)
    {
        using var stream = chain(new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var lowered = term.ToString();
        stream.End();
        return lowered;
    }
}
