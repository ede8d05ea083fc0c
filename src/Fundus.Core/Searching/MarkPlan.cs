using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// What a query looks for in one field, for marking its hits (<see cref="PlannedReading"/>): words that count
/// anywhere (its terms, with their weights), phrases that count where they match, and prefixes. Read from the query
/// once, not per hit: the query is the same for every hit, and reading it again per hit was a third of highlighting
/// a page (docs/benchmarks.md).
/// </summary>
internal sealed class MarkPlan
{
    private readonly Dictionary<string, PlannedTerm>.AlternateLookup<ReadOnlySpan<char>> _terms;

    private MarkPlan(
        Dictionary<string, float> anywhere, Dictionary<string, float> inPhrases, List<(string[] Terms, int[] Positions)> phrases,
        List<(string Prefix, float Weight)> prefixes)
    {
        Phrases = phrases;
        Prefixes = prefixes;
        IsEmpty = anywhere.Count == 0 && phrases.Count == 0 && prefixes.Count == 0;
        var terms = new Dictionary<string, PlannedTerm>(StringComparer.Ordinal);
        foreach (var term in anywhere.Keys.Union(inPhrases.Keys, StringComparer.Ordinal))
        {
            terms[term] = new PlannedTerm(
                term, anywhere.TryGetValue(term, out var weight) ? weight : null, inPhrases.TryGetValue(term, out weight) ? weight : null);
        }

        _terms = terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each phrase's terms and their positions relative to each other.</summary>
    public List<(string[] Terms, int[] Positions)> Phrases { get; }

    /// <summary>Every word that begins with one of these counts.</summary>
    public List<(string Prefix, float Weight)> Prefixes { get; }

    public bool IsEmpty { get; }

    /// <summary>The word or phrase term of the plan that <paramref name="term"/> is; null when the plan names no such term.</summary>
    public PlannedTerm? Find(ReadOnlySpan<char> term) => _terms.TryGetValue(term, out var planned) ? planned : null;

    /// <summary>
    /// The plan of <paramref name="query"/> (rewritten) in <paramref name="field"/>; null when the query holds
    /// something the plan cannot say, such as a sloppy phrase, which Lucene's highlighter then reads per hit.
    /// </summary>
    public static MarkPlan? For(Query query, string field)
    {
        var anywhere = new Dictionary<string, float>(StringComparer.Ordinal);
        var inPhrases = new Dictionary<string, float>(StringComparer.Ordinal);
        var phrases = new List<(string[] Terms, int[] Positions)>();
        var prefixes = new List<(string Prefix, float Weight)>();
        foreach (var leaf in HitHighlighter.Leaves(query))
        {
            switch (leaf)
            {
                case TermQuery term:
                    if (string.Equals(term.Term.Field, field, StringComparison.Ordinal))
                    {
                        Keep(anywhere, term.Term.Text, term.Boost);
                    }

                    break;
                case PhraseQuery phrase:
                    var terms = phrase.GetTerms();
                    if (terms.Length == 0 || !string.Equals(terms[0].Field, field, StringComparison.Ordinal))
                    {
                        break;
                    }

                    var positions = phrase.GetPositions();
                    if (phrase.Slop != 0 || positions.Zip(positions.Skip(1), (a, b) => b - a).Any(step => step > 1))
                    {
                        // The highlighter reads a sloppy phrase, or one with gaps, as a sloppy, unordered span.
                        return null;
                    }

                    phrases.Add(([.. terms.Select(t => t.Text)], positions));
                    foreach (var t in terms)
                    {
                        Keep(inPhrases, t.Text, phrase.Boost);
                    }

                    break;
                case PrefixQuery prefix:
                    if (string.Equals(prefix.Prefix.Field, field, StringComparison.Ordinal))
                    {
                        prefixes.Add((prefix.Prefix.Text, prefix.Boost));
                    }

                    break;
                case ConstantScoreQuery { Query: null }:
                    // A filter (a prefix or a date range rewritten): it names no term to mark.
                    break;
                default:
                    return null;
            }
        }

        return new MarkPlan(anywhere, inPhrases, phrases, prefixes);
    }

    private static void Keep(Dictionary<string, float> weights, string term, float weight) =>
        weights[term] = Math.Max(weight, weights.GetValueOrDefault(term, float.MinValue));
}

/// <summary>
/// A term the plan names: its weight when it counts wherever it stands (the highest the query gives it), and its
/// weight when it counts only within a match of one of its phrases. A term that counts anywhere counts anywhere,
/// even if a phrase names it too, as in Lucene's highlighter.
/// </summary>
internal readonly record struct PlannedTerm(string Text, float? Anywhere, float? InPhrase);
