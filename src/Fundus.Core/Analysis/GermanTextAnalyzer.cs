using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Fundus.Analysis;

/// <summary>
/// German text → index terms, the same chain at index and at query time:
/// UAX#29 words, lower case, German stop words removed, umlauts and ß folded, light stemming.
/// <example>Städten → stadt; Straße → strass; Muenchen, München → munch; Projekte → projekt.</example>
/// </summary>
public sealed class GermanTextAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility level every Fundus analysis stage runs at.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        // Fold ä/ae → a, ß → ss before stemming, so München and Muenchen meet.
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
