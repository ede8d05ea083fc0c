using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Fundus.Analysis;

/// <summary>
/// The German words Fundus knows, from two open lexicons and the curated files beside them (see
/// <c>docs/relevance.md</c> for sources and licences): noun lemmas with every inflected form (german-pos-dict,
/// CC-BY-SA-4.0), further nouns of OpenThesaurus (LGPL-2.1), the domain's own words (<c>domain-lexicon.txt</c>)
/// and words never to split (<c>no-split.txt</c>). Loaded once per process and shared by every analyzer.
/// </summary>
public sealed class GermanLexicon
{
    private static readonly Lazy<GermanLexicon> Shared = new(Load);

    private readonly FrozenDictionary<string, string> _lemmaOfForm;
    private readonly FrozenSet<string> _known;
    private readonly FrozenSet<string> _noSplit;
    private readonly FrozenSet<string> _commonNouns;
    private readonly FrozenSet<string> _withoutFinalE;

    private GermanLexicon(FrozenDictionary<string, string> lemmaOfForm, FrozenSet<string> known, FrozenSet<string> noSplit, FrozenSet<string> commonNouns)
    {
        _lemmaOfForm = lemmaOfForm;
        _known = known;
        _noSplit = noSplit;
        _commonNouns = commonNouns;
        _withoutFinalE = known.Where(w => w.Length > 3 && w[^1] == 'e').Select(w => w[..^1]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// True for a form of a common noun with a full declension in the noun lexicon (<c>hammer</c>, <c>lager</c>);
    /// false for words known only as names or from the thesaurus (<c>leipziger</c>).
    /// </summary>
    public bool IsCommonNoun(string word) => _commonNouns.Contains(word);

    public static GermanLexicon Default => Shared.Value;

    /// <summary>How many distinct words (lemmas and forms) the lexicon knows.</summary>
    public int Count => _known.Count;

    /// <summary>True for a lower-case noun lemma or inflected form: <c>städten</c>, <c>digitalisierung</c>.</summary>
    public bool Contains(string word) => _known.Contains(word);

    /// <summary>As <see cref="Contains(string)"/>, for characters; allocates nothing.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a word that is a known word less its final -e (schul of schule), as a modifier of compounds.</summary>
    public bool ContainsWithoutFinalE(ReadOnlySpan<char> word) => _withoutFinalE.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>As <see cref="TryGetLemma(string, out string)"/>, for characters; allocates nothing for a known form.</summary>
    public bool TryGetLemma(ReadOnlySpan<char> form, out string? lemma)
    {
        if (_lemmaOfForm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out lemma))
        {
            return true;
        }

        lemma = null;
        return Contains(form);
    }

    /// <summary>True for a lower-case word Fundus must never split into parts.</summary>
    public bool IsUnsplittable(string word) => _noSplit.Contains(word);

    /// <summary>The lemma of an inflected lower-case noun form: <c>städten → stadt</c>, <c>bürgern → bürger</c>.</summary>
    public bool TryGetLemma(string form, out string lemma)
    {
        if (_lemmaOfForm.TryGetValue(form, out var found))
        {
            lemma = found;
            return true;
        }

        lemma = form;
        return _known.Contains(form);
    }

    private static GermanLexicon Load()
    {
        var lemmaOfForm = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var domain = ReadCurated("domain-lexicon.txt").ToHashSet(StringComparer.Ordinal);
        foreach (var line in ReadLines("noun-forms.tsv.gz"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var lemma = tab < 0 ? line : line[..tab];
            known.Add(lemma);
            if (tab < 0 || tab == line.Length - 1)
            {
                continue;
            }

            foreach (var form in line[(tab + 1)..].Split(','))
            {
                known.Add(form);

                // A form of two lemmas (akten: akt, akte) keeps the domain's word, else the shorter, so the choice
                // does not depend on order.
                if (!lemmaOfForm.TryGetValue(form, out var other) || (domain.Contains(lemma) && !domain.Contains(other)) ||
                    (domain.Contains(lemma) == domain.Contains(other) && (lemma.Length < other.Length ||
                    (lemma.Length == other.Length && string.CompareOrdinal(lemma, other) < 0))))
                {
                    lemmaOfForm[form] = lemma;
                }
            }
        }

        var commonNouns = known.ToFrozenSet(StringComparer.Ordinal);
        known.UnionWith(ReadLines("openthesaurus-words.txt.gz"));
        known.UnionWith(domain);

        // The domain's own words are lemmas in their own right: Daten is not a plural of Datum here.
        foreach (var word in domain)
        {
            lemmaOfForm.Remove(word);
        }
        var noSplit = ReadCurated("no-split.txt").ToFrozenSet(StringComparer.Ordinal);

        // A lemma is its own lemma; only real inflections go into the map.
        foreach (var lemma in lemmaOfForm.Where(p => p.Key == p.Value).Select(p => p.Key).ToList())
        {
            lemmaOfForm.Remove(lemma);
        }

        return new GermanLexicon(lemmaOfForm.ToFrozenDictionary(StringComparer.Ordinal), known.ToFrozenSet(StringComparer.Ordinal), noSplit, commonNouns);
    }

    internal static IEnumerable<string> ReadCurated(string name) =>
        ReadLines(name).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.ToLowerInvariant());

    internal static IEnumerable<string> ReadLines(string name) => EmbeddedText.Lines("Fundus.Analysis.Resources." + name);
}

/// <summary>
/// A bounded memo for per-word results of analysis stages (splits, lemmas): German text repeats its words.
/// Looked up by the term's characters, so a word seen before costs no allocation.
/// </summary>
internal sealed class WordMemo<T>(int capacity = WordMemo<T>.DefaultCapacity)
{
    /// <summary>
    /// Words kept per memo. The words a text repeats are among the first it meets, so a memo is full of them long
    /// before the words it meets once. German analysis of 100,000 articles ran at 7,329 and 7,636 articles/s with
    /// 150,000 words per memo against 6,520 and 5,943 with 400,000, whose memos held 236 MiB against 84: at 400,000
    /// the memos were half of an import's live heap, and the collector's margin on top of it took a 1,000,000-article
    /// import past 1.5 GiB resident (docs/benchmarks.md, eleventh round).
    /// </summary>
    public const int DefaultCapacity = 150_000;

    private readonly ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table: with two indexing threads it was the hottest
    // contention of a bulk import. A counter of our own costs one interlocked add per new word.
    private int _count;

    public T Get(string word, Func<string, T> compute)
    {
        if (_values.TryGetValue(word, out var value))
        {
            return value;
        }

        value = compute(word);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(word, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }

    public T Get(ReadOnlySpan<char> word, Func<string, T> compute) =>
        _values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var value) ? value : Get(word.ToString(), compute);
}
