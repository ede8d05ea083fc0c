using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Fundus.Querying;

/// <summary>
/// "Meinten Sie …?": for a query that found nothing or very little, replaces each typed word that the index
/// barely knows by the closest word (within two edits) that many more articles contain, taken from the words
/// as written in the index, so the suggestion is a real spelling. Words of a phrase, field or prefix are kept.
/// </summary>
public static class SpellingSuggester
{
    /// <summary>Suggest only when a query finds at most this many articles.</summary>
    public const int FewHits = 2;

    private const int MinWordLength = 4;

    /// <summary>
    /// A word this many articles contain as written is spelled right: no search for a better spelling. That search
    /// walks the term dictionary within two edits in each field and cost a rare but correct pair of words 40 ms at
    /// 100,000 articles (docs/benchmarks.md).
    /// </summary>
    private const int KnownWordArticles = 20;

    public static string? Suggest(IndexReader reader, QueryNode query)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = Words(query).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var changed = false;
        var suggestion = new List<string>();
        foreach (var word in words)
        {
            var better = Better(reader, word);
            changed |= better is not null;
            suggestion.Add(better ?? word);
        }

        return changed ? string.Join(' ', suggestion) : null;
    }

    private static IEnumerable<string> Words(QueryNode node) => node switch
    {
        WordNode { Prefix: false } word => [word.Text],
        AndNode and => and.Items.Where(i => i is WordNode).SelectMany(Words),
        _ => [],
    };

    private static string? Better(IndexReader reader, string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinWordLength || !lower.All(char.IsLetter))
        {
            return null;
        }

        var own = IndexFieldNames.TextFields.Select(IndexFieldNames.Surface)
            .ToDictionary(f => f, f => reader.DocFreq(new Term(f, lower)), StringComparer.Ordinal);
        if (own.Values.Sum() >= KnownWordArticles)
        {
            return null;
        }

        string? best = null;
        var bestFrequency = 0;
        foreach (var (field, ownFrequency) in own)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var edits = lower.Length <= 5 ? 1 : 2;
            var atts = new AttributeSource();
            var term = new Term(field, lower);
            FuzzyAutomata.Provide(atts, terms, term, edits, prefix: 1, transpositions: true);
            var candidates = new FuzzyTermsEnum(terms, atts, term, edits, prefixLength: 1, transpositions: true);
            var examined = 0;
            while (candidates.MoveNext() && examined++ < 200)
            {
                var frequency = candidates.DocFreq;
                var text = candidates.Term.Utf8ToString();
                // Many more articles than the typed word, and the most of all candidates.
                if (frequency > Math.Max(bestFrequency, ownFrequency * 3) && text != lower)
                {
                    (best, bestFrequency) = (text, frequency);
                }
            }
        }

        return best is null ? null : MatchCase(word, best);
    }

    private static string MatchCase(string typed, string suggestion) =>
        char.IsUpper(typed[0]) ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion;
}
