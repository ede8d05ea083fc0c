using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>
/// Queries that match more than a word's own forms: a word the index does not know, searched with typo tolerance
/// (<c>Verwaltng</c> finds Verwaltung) over at most <see cref="MaxFuzzyExpansions"/> terms per field, and a word
/// ending in * searched as a prefix, scored as a constant over a filter so that it adds no clause per term.
/// </summary>
internal static class LooseWordQueries
{
    /// <summary>Fuzzy alternatives per word: enough for a typo, too few to blow up.</summary>
    public const int MaxFuzzyExpansions = 16;

    /// <summary>Edit distance scaled by length: none below five letters or for acronyms, one up to eight, two beyond.</summary>
    public static Query? Fuzzy(string text, SearchScope scope)
    {
        var word = text.ToLowerInvariant();
        if (word.Length < 5 || text.All(c => !char.IsLetter(c) || char.IsUpper(c)) || !word.All(char.IsLetter))
        {
            return null;
        }

        var edits = word.Length <= 8 ? 1 : 2;
        var any = new DisjunctionMaxQuery(0f) { Boost = QueryWeights.Fuzzy };
        foreach (var field in scope.SurfaceFields)
        {
            any.Add(new SharedAutomataFuzzyQuery(new Term(field, word), edits, prefixLength: 1, MaxFuzzyExpansions, transpositions: true));
        }

        // The analyzed fields hold compound parts too (Verwaltng finds Stadtverwaltung), spelled without umlauts.
        var folded = Fold(word);
        foreach (var field in scope.AnalyzedTextFields)
        {
            any.Add(new SharedAutomataFuzzyQuery(new Term(field, folded), edits, prefixLength: 1, MaxFuzzyExpansions, transpositions: true));
        }

        return any;
    }

    /// <summary>The analyzed fields spell words without umlauts and ß: Gebaeude and Strasse are looked for there as gebaude and strasse.</summary>
    private static string Fold(string word) =>
        word.Replace("ä", "a", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal)
            .Replace("ü", "u", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);

    /// <summary>A word ending in * (<c>Digital*</c>): every word as written that starts so.</summary>
    public static Query Prefix(string text, SearchScope scope)
    {
        var any = new DisjunctionMaxQuery(0f) { Boost = QueryWeights.Prefix };
        foreach (var field in scope.SurfaceFields)
        {
            // Constant score over a filter: no clause per expanded term, so a short prefix cannot blow up.
            any.Add(new PrefixQuery(new Term(field, text.ToLowerInvariant())) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE });
        }

        return any;
    }
}
