namespace Fundus.Analysis;

/// <summary>
/// Splits a closed German compound into the words it is made of, through linking elements (-s-, -es-, -n-,
/// -en-, -e-, -er-): <c>verwaltungsdigitalisierung → verwaltung, digitalisierung</c>;
/// <c>cybersicherheitsanalysen → cybersicherheit, analysen, cyber, sicherheit</c>; <c>wärmeplanung → wärme, planung</c>.
/// <para>Every part must be a word of the <see cref="GermanLexicon"/> (a modifier may drop its final -e:
/// <c>schulbuch → schul(e), buch</c>); of all splits, the one with the fewest parts wins, then the one with the
/// fewest letters in linking elements, then the one with the longer head, then the one whose shortest part is longest. Junk stays out: a word the lexicon knows as a whole is split only into parts of at
/// least four letters (<c>zugang</c> is not <c>zug + gang</c>), words in <c>no-split.txt</c> never
/// (<c>kompass</c>), and a part is never a word inside another part (<c>klimaanpassung</c> gives no <c>lima</c>).</para>
/// Results are memoized per word: German text repeats its words, and splitting is the costly stage.
/// </summary>
public sealed class GermanCompoundSplitter(GermanLexicon lexicon)
{
    public const int MinWordLength = 7;
    public const int MaxWordLength = 40;
    public const int MaxParts = 4;

    private static readonly string[] Links = ["", "s", "es", "n", "en", "e", "er", "ns"];

    private readonly WordMemo<CompoundParts> _memo = new();

    /// <summary>The parts of a lower-case word, or <see cref="CompoundParts.None"/> when it is no compound Fundus can split.</summary>
    public CompoundParts Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Split(word.AsSpan());
    }

    /// <summary>The parts of a lower-case word given as characters; no allocation for a word seen before.</summary>
    public CompoundParts Split(ReadOnlySpan<char> word) =>
        word.Length is < MinWordLength or > MaxWordLength ? CompoundParts.None : _memo.Get(word, Compute);

    private CompoundParts Compute(string word)
    {
        if (lexicon.IsUnsplittable(word) || !word.All(char.IsLetter))
        {
            return CompoundParts.None;
        }

        var minPart = lexicon.Contains(word) ? 4 : 3;
        var best = new Segmentation?[word.Length + 1];
        var done = new bool[word.Length + 1];
        var result = Best(word, 0, minPart, best, done);
        if (result is not { Parts.Count: > 1 })
        {
            return CompoundParts.None;
        }

        // A part that is a compound itself adds its own parts: cybersicherheitsanalysen → cybersicherheit, analysen,
        // and from cybersicherheit: cyber, sicherheit.
        var parts = new List<string>(result.Parts);
        foreach (var part in result.Parts)
        {
            foreach (var inner in Split(part).All)
            {
                if (!parts.Contains(inner))
                {
                    parts.Add(inner);
                }
            }
        }

        return new CompoundParts([.. parts], result.Parts[^1]);
    }

    /// <summary>The best split of <c>word[start..]</c>, memoized per start position (the search is a small DP).</summary>
    private Segmentation? Best(string word, int start, int minPart, Segmentation?[] best, bool[] done)
    {
        if (done[start])
        {
            return best[start];
        }

        done[start] = true;
        Segmentation? winner = null;
        for (var end = start + minPart; end <= word.Length; end++)
        {
            var part = word[start..end];
            if (end == word.Length)
            {
                if (start == 0)
                {
                    // The whole word is no split of itself.
                    break;
                }

                if (IsHead(part))
                {
                    winner = Better(winner, new Segmentation([part]));
                }

                continue;
            }

            if (!IsModifier(part))
            {
                continue;
            }

            foreach (var link in Links)
            {
                var next = end + link.Length;
                if (next > word.Length - minPart || string.CompareOrdinal(word, end, link, 0, link.Length) != 0)
                {
                    continue;
                }

                if (Best(word, next, minPart, best, done) is { } rest && rest.Parts.Count < MaxParts)
                {
                    winner = Better(winner, new Segmentation([part, .. rest.Parts]));
                }
            }
        }

        best[start] = winner;
        return winner;
    }

    private bool IsModifier(string part) => lexicon.Contains(part) || lexicon.Contains(part + "e");

    /// <summary>A known word, or a known word with a plural or case ending (emissionen of emission).</summary>
    private bool IsHead(string part)
    {
        if (lexicon.Contains(part))
        {
            return true;
        }

        foreach (var ending in HeadEndings)
        {
            if (part.Length > ending.Length + 3 && part.EndsWith(ending, StringComparison.Ordinal) && lexicon.Contains(part[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HeadEndings = ["en", "n", "e", "s", "es", "er", "ern"];

    private static Segmentation Better(Segmentation? current, Segmentation candidate)
    {
        if (current is null || candidate.Parts.Count < current.Parts.Count)
        {
            return candidate;
        }

        if (candidate.Parts.Count != current.Parts.Count)
        {
            return current;
        }

        // Same number of parts: more of the word in real words (städte|bau over städt|e|bau), then the longer head
        // (gas|emissionen over gase|missionen), then no tiny part.
        return (candidate.Letters, candidate.Parts[^1].Length, candidate.ShortestPart)
            .CompareTo((current.Letters, current.Parts[^1].Length, current.ShortestPart)) > 0 ? candidate : current;
    }

    private sealed record Segmentation(List<string> Parts)
    {
        public int ShortestPart { get; } = Parts.Min(p => p.Length);

        public int Letters { get; } = Parts.Sum(p => p.Length);
    }
}

/// <summary>
/// The parts of a compound: <see cref="All"/> (top-level parts first, then the parts of parts) and the
/// <see cref="Head"/>, its last top-level part, which names what the compound is (a Digitalstrategie is a Strategie).
/// </summary>
public sealed record CompoundParts(string[] All, string Head)
{
    public static CompoundParts None { get; } = new([], string.Empty);

    public bool IsCompound => All.Length > 1;
}
