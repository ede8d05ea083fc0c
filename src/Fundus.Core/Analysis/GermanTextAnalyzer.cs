using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Util;

namespace Fundus.Analysis;

/// <summary>
/// German text → index terms, the same chain at index and at query time:
/// <see cref="GermanWordTokenizer"/> → <see cref="HyphenatedWordFilter"/> → <see cref="GenderFormFilter"/> →
/// lower case → stop words → <see cref="PlaceNameFilter"/> → <see cref="CompoundPartFilter"/> → <see cref="GermanLemmaFilter"/> → umlaut and ß
/// folding.
/// <example>Die Verwaltungsdigitalisierung in den Städten → verwaltungsdigitalisierung (+ verwaltung,
/// digitalisierung), stadt; Bürger:innen → burger (+ burgerin); Straße → strasse; Muenchen, München → munchen.</example>
/// </summary>
/// <param name="options">Which stages run.</param>
/// <param name="lexicon">The words the lexicon stages know; the built-in lexicon by default.</param>
/// <param name="forQueries">Query analysis: splits compounds in lower-case words too, since readers type in any case.</param>
public sealed class GermanTextAnalyzer(GermanAnalysisOptions? options = null, GermanLexicon? lexicon = null, bool forQueries = false) : Analyzer
{
    /// <summary>The Lucene compatibility level every Fundus analysis stage runs at.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly GermanLexicon _lexicon = lexicon ?? GermanLexicon.Default;
    private readonly Enrichment.Gazetteer _gazetteer = Enrichment.Gazetteer.Default;
    private readonly WordMemos _memos = new();
    private GermanCompoundSplitter? _splitter;

    public GermanAnalysisOptions Options { get; } = options ?? GermanAnalysisOptions.All;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new GermanWordTokenizer(reader);
        TokenStream stream = new HyphenatedWordFilter(tokenizer);
        // Components belong to one thread (Lucene's reuse strategy), so the per-word chain needs no locking.
        var source = new WordSource();
        stream = new MemoizedWordFilter(stream, _memos, new WordChain(source, PerWordStages(source)));
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The stages that see one word at a time; their results are memoized per word.</summary>
    private TokenStream PerWordStages(WordSource source)
    {
        TokenStream stream = source;
        if (Options.GenderForms)
        {
            stream = new GenderFormFilter(stream, _lexicon);
        }

        stream = new InvariantLowerCaseFilter(stream);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        if (Options.PlaceNames)
        {
            stream = new PlaceNameFilter(stream, _gazetteer, forQueries);
        }

        if (Options.Compounds)
        {
            stream = new CompoundPartFilter(stream, _splitter ??= new GermanCompoundSplitter(_lexicon), splitLowerCase: forQueries);
        }

        if (Options.Stemming)
        {
            stream = new GermanLemmaFilter(stream, _lexicon, forQueries, Options.Compounds ? _splitter ??= new GermanCompoundSplitter(_lexicon) : null);
        }

        // Folds ä → a, ß → ss, ae → a after the lexicon had the real spelling: München and Muenchen meet.
        return new GermanNormalizationFilter(stream);
    }
}
