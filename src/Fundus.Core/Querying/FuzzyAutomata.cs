using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Fundus.Querying;

/// <summary>
/// The Levenshtein automata of misspelled words, built once and shared by every field and search that looks for
/// the same word: <c>Verwaltungsdigitalisirung</c> within two edits is one set of automata, whether the typo
/// expansion of the precise and the broad query or the spelling hint asks, in three surface fields or four
/// analyzed ones. Building them anew each time was most of a misspelled search: at 100,000 articles, 80 different
/// misspellings searched once each took a median of 40 ms and take 13 ms with the automata shared; one searched
/// again took 71 ms and takes 2.7 ms (docs/benchmarks.md). Walking the term dictionary with them costs little.
/// An automaton depends only on the word, the edits, the fixed prefix and transpositions, never on the index, and
/// is read-only once built, so searches share them across threads.
/// </summary>
internal static class FuzzyAutomata
{
    /// <summary>
    /// Distinct misspelled words kept; when full, the cache starts over. The automata of a word within two edits
    /// take 170–790 KiB (9 to 26 letters), so the cache stays within about 40 MB.
    /// </summary>
    private const int Capacity = 32;

    /// <summary>Longer words are built for each use and not kept: their automata grow with their length.</summary>
    private const int MaxKeptLength = 40;

    private static readonly ConcurrentDictionary<(string Word, int Edits, int Prefix, bool Transpositions), CompiledAutomaton[]> Built = new();

    /// <summary>
    /// Gives <paramref name="atts"/>, the attributes a <see cref="FuzzyTermsEnum"/> is made with, the automata of
    /// <paramref name="term"/>'s word for every distance up to <paramref name="edits"/>, so the enum builds none.
    /// </summary>
    public static void Provide(AttributeSource atts, Terms terms, Term term, int edits, int prefix, bool transpositions)
    {
        var automata = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        if (automata.Count > 0 || edits == 0 || prefix >= term.Text.Length)
        {
            return;
        }

        var key = (term.Text, edits, prefix, transpositions);
        if (!Built.TryGetValue(key, out var shared))
        {
            // The enum builds the automata for 0 … edits into its attributes on construction; they are kept from there.
            var scratch = new AttributeSource();
            _ = new FuzzyTermsEnum(terms, scratch, term, edits, prefix, transpositions);
            shared = [.. scratch.GetAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata];
            if (term.Text.Length <= MaxKeptLength)
            {
                if (Built.Count >= Capacity)
                {
                    Built.Clear();
                }

                Built.TryAdd(key, shared);
            }
        }

        foreach (var automaton in shared)
        {
            automata.Add(automaton);
        }
    }
}

/// <summary>A <see cref="FuzzyQuery"/> whose automata come from <see cref="FuzzyAutomata"/> instead of being built per field and search.</summary>
internal sealed class SharedAutomataFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions)
    : FuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions)
{
    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        FuzzyAutomata.Provide(atts, terms, Term, MaxEdits, PrefixLength, Transpositions);
        return base.GetTermsEnum(terms, atts);
    }
}
