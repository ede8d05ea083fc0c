using Lucene.Net.Analysis;

namespace Fundus.Analysis;

/// <summary>
/// German text → words as written, lower-cased, with gender-inclusive forms read as their base and feminine
/// form: the terms of the surface fields that quoted phrases search and that give an exact spelling its bonus.
/// <example>Die Bürger:innen der Smart-City → die, bürger (+ bürgerin), der, smart (+ smartcity), city.</example>
/// </summary>
public sealed class SurfaceTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new GermanWordTokenizer(reader);
        TokenStream stream = new HyphenatedWordFilter(tokenizer);

        // Bürger:innen is Bürger as written, for the bonus of a reader who typed Bürger.
        stream = new GenderFormFilter(stream, GermanLexicon.Default, inclusiveOnly: true);
        stream = new InvariantLowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
