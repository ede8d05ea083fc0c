using Fundus.Analysis;

namespace Fundus.Querying;

/// <summary>
/// Synonyms for queries, from two sources: the curated <c>thesaurus.txt</c> (acronyms and domain terms, editable;
/// format in the file's header) and the single-word synonym sets of OpenThesaurus at a lower weight. Entries
/// are matched on the words' base forms, so <c>Künstlicher Intelligenz</c> finds the entry
/// <c>Künstliche Intelligenz</c>. Expansion happens at query time: edits need no reindex.
/// </summary>
public sealed class Thesaurus
{
    /// <summary>Longest entry, in words, that a query span is matched against.</summary>
    public const int MaxPhraseWords = 4;

    /// <summary>At most this many alternatives per matched span, curated ones first.</summary>
    public const int MaxAlternatives = 6;

    private static readonly Lucene.Net.Analysis.Util.CharArraySet StopWords = Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet;

    private readonly Dictionary<string, List<Synonym>> _entries = new(StringComparer.Ordinal);
    private readonly Func<string, string> _key;

    private Thesaurus(Func<string, string> key) => _key = key;

    /// <summary>The weight of a curated synonym relative to the word typed.</summary>
    public const float CuratedWeight = 0.5f;

    /// <summary>The weight of a general (OpenThesaurus) synonym relative to the word typed.</summary>
    public const float GeneralWeight = 0.2f;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(GermanLexicon, bool), Lazy<Thesaurus>> BuiltIn = new();

    /// <summary>The built-in thesaurus, loaded once per process (it is read-only once built).</summary>
    public static Thesaurus BuiltInFor(GermanLexicon lexicon, bool stemming = true) =>
        BuiltIn.GetOrAdd((lexicon, stemming), key => new Lazy<Thesaurus>(() => Load(key.Item1, key.Item2))).Value;

    /// <summary>
    /// Loads the built-in files and the editors' own entries (<paramref name="extraLines"/>, same format, which
    /// come first); <paramref name="lexicon"/> gives the base forms entries are matched on.
    /// </summary>
    public static Thesaurus Load(GermanLexicon lexicon, bool stemming = true, IEnumerable<string>? extraLines = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var thesaurus = new Thesaurus(word => Key(lexicon, word, stemming));
        thesaurus.AddCurated(extraLines ?? []);
        thesaurus.AddCurated(GermanLexicon.ReadLines("thesaurus.txt"));
        foreach (var line in GermanLexicon.ReadLines("openthesaurus-synsets.txt.gz"))
        {
            // Single words only, and no stop words: "der" has synonyms in a dictionary, not in a search.
            var members = line.Split('|').Where(m => !m.Contains(' ', StringComparison.Ordinal) && !StopWords.Contains(m)).ToArray();
            thesaurus.AddGroup(members, GeneralWeight);
        }

        return thesaurus;
    }

    /// <summary>A thesaurus of the given curated lines only, for tests.</summary>
    public static Thesaurus FromLines(IEnumerable<string> lines, GermanLexicon lexicon)
    {
        var thesaurus = new Thesaurus(word => Key(lexicon, word, stemming: true));
        thesaurus.AddCurated(lines);
        return thesaurus;
    }

    /// <summary>The key of one word: its lower-case base form.</summary>
    public string KeyOf(string word) => _key(word);

    /// <summary>Alternatives for a span of query words given by their keys, or none.</summary>
    public IReadOnlyList<Synonym> Lookup(IEnumerable<string> keys) =>
        _entries.TryGetValue(string.Join(' ', keys), out var found) ? found : [];

    private void AddCurated(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var targets = Members(line[(arrow + 2)..]);
                foreach (var source in Members(line[..arrow]))
                {
                    Add(source, targets, CuratedWeight);
                }
            }
            else
            {
                AddGroup(Members(line), CuratedWeight);
            }
        }
    }

    private void AddGroup(string[] members, float weight)
    {
        foreach (var member in members)
        {
            Add(member, members.Where(m => m != member).ToArray(), weight);
        }
    }

    private void Add(string source, string[] targets, float weight)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxPhraseWords)
        {
            return;
        }

        var key = string.Join(' ', words.Select(_key));
        if (!_entries.TryGetValue(key, out var list))
        {
            _entries[key] = list = [];
        }

        foreach (var target in targets)
        {
            var synonym = new Synonym(target.Split(' ', StringSplitOptions.RemoveEmptyEntries), weight);
            if (list.Count < MaxAlternatives && synonym.Words.Length > 0 && !list.Any(s => s.Words.SequenceEqual(synonym.Words)))
            {
                list.Add(synonym);
            }
        }
    }

    private static string[] Members(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Key(GermanLexicon lexicon, string word, bool stemming)
    {
        var lower = word.ToLowerInvariant();
        return stemming ? GermanLemmaFilter.Lemmatize(lexicon, lower) : lower;
    }
}

/// <summary>An alternative for a query span: its words as written in the thesaurus, and its weight.</summary>
public sealed record Synonym(string[] Words, float Weight)
{
    /// <summary>From OpenThesaurus, not curated: a search adds it only when it finds few articles without it.</summary>
    public bool IsGeneral => Weight <= Thesaurus.GeneralWeight;
}
