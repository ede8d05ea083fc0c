using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Fundus.Analysis;

/// <summary>
/// German text → words as written, lower-cased and nothing else: the terms of the surface fields that quoted
/// phrases search and that give an exact spelling its bonus.
/// <example>Die Bürger:innen der Smart-City → die, bürger:innen, der, smart, (smartcity), city.</example>
/// </summary>
public sealed class SurfaceTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new GermanWordTokenizer(reader);
        TokenStream stream = new HyphenatedWordFilter(tokenizer);
        stream = new LowerCaseFilter(GermanTextAnalyzer.Version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
