using Fundus.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>
/// Phrases: words that must stand side by side, in the order given; as written in the text fields, as analyzed in a
/// keyword field.
/// </summary>
internal static class PhraseQueries
{
    /// <summary>
    /// Words as written, in order, in any of <paramref name="fields"/> (the surface fields); the best field counts: a
    /// quoted phrase (<c>"digitale Verwaltung"</c>), or words that are all stop words (Einer für Alle).
    /// </summary>
    public static Query? AsWritten(FundusAnalyzer analyzer, string text, IReadOnlyList<string> fields)
    {
        var words = AnalyzedText.Positions(analyzer.Surface, fields[0], text).Select(p => p.First(t => t.Type != TokenTypes.Joined).Text).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var field in fields)
        {
            if (words.Count == 1)
            {
                any.Add(new TermQuery(new Term(field, words[0])));
                continue;
            }

            var phrase = new PhraseQuery();
            foreach (var word in words)
            {
                phrase.Add(new Term(field, word));
            }

            any.Add(phrase);
        }

        return any;
    }

    /// <summary>A phrase in a keyword field (<c>ort:"Bad Salzuflen"</c>): its analyzed words, in order.</summary>
    public static PhraseQuery? InField(FundusAnalyzer analyzer, string field, string text)
    {
        var phrase = new PhraseQuery();
        foreach (var position in AnalyzedText.Positions(analyzer.German, field, text))
        {
            phrase.Add(new Term(field, position[0].Text));
        }

        return phrase.GetTerms().Length == 0 ? null : phrase;
    }
}
