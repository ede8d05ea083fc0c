using System.Collections.Frozen;

namespace Fundus.Analysis;

/// <summary>
/// Splits a closed German compound into the words it is made of, through linking elements (-s-, -es-, -n-,
/// -en-, -e-, -er-): <c>verwaltungsdigitalisierung → verwaltung, digitalisierung</c>;
/// <c>cybersicherheitsanalysen → cybersicherheit, analysen, cyber, sicherheit</c>; <c>wärmeplanung → wärme, planung</c>.
/// <para>Every part must be a word of the <see cref="GermanLexicon"/> (a modifier may drop its final -e:
/// <c>schulbuch → schul(e), buch</c>); of all splits, the one with the fewest parts wins, then the one with the
/// fewest letters in linking elements, then the one with the longer head, then the one whose shortest part is longest. Junk stays out: a word the lexicon knows as a whole is split only into parts of at
/// least four letters (<c>zugang</c> is not <c>zug + gang</c>), the forms of adjectives in -sam never (<c>gemeinsamen</c>), words in <c>no-split.txt</c> never
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
        if (lexicon.IsUnsplittable(word) || !IsAllLetters(word) || IsSamAdjective(word))
        {
            return CompoundParts.None;
        }

        // Massnahmen, Buergeraemter: the spelling with umlauts and ß is the one the lexicon knows.
        if (Respelled(word) is { } respelled && (lexicon.Contains(respelled) || Split(respelled).IsCompound))
        {
            return Split(respelled);
        }

        var parts = BestSplit(word, minPart: lexicon.Contains(word) ? 4 : 3);
        if (parts.Count < 2)
        {
            return CompoundParts.None;
        }

        // A part that is a compound itself adds its own parts: cybersicherheitsanalysen → cybersicherheit, analysen,
        // and from cybersicherheit: cyber, sicherheit.
        var all = new List<string>(parts);
        foreach (var part in parts)
        {
            foreach (var inner in Split(part).All)
            {
                if (!all.Contains(inner))
                {
                    all.Add(inner);
                }
            }
        }

        return new CompoundParts([.. all], parts[^1]);
    }

    /// <summary>
    /// The best split by dynamic programming from the end of the word: for every start position the best way to
    /// cover the rest, kept as counts and back-pointers in small arrays, so a word costs no allocation but its parts.
    /// </summary>
    private List<string> BestSplit(string word, int minPart)
    {
        // Per start position: parts, letters in words, head length, shortest part, end of first part, next start.
        const int Fields = 6;
        var n = word.Length;
        Span<int> table = stackalloc int[Fields * (n + 1)];
        table.Clear();

        // Only positions right after a modifier (and its link) can start a part: find those first, so the costly
        // look-ups run for a handful of positions rather than every one.
        Span<bool> reachable = stackalloc bool[n + 1];
        reachable.Clear();
        reachable[0] = true;
        for (var i = 0; i <= n - minPart; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            for (var j = i + minPart; j <= n - minPart; j++)
            {
                if (!IsModifier(word.AsSpan(i, j - i)))
                {
                    continue;
                }

                foreach (var link in LinksAfter(word.AsSpan(i, j - i)))
                {
                    if (j + link.Length <= n - minPart && word.AsSpan(j).StartsWith(link, StringComparison.Ordinal))
                    {
                        reachable[j + link.Length] = true;
                    }
                }
            }
        }

        for (var i = n - minPart; i >= 0; i--)
        {
            if (!reachable[i])
            {
                continue;
            }

            // The rest as one head (never the whole word: that is no split of itself).
            if (i > 0 && IsHead(word.AsSpan(i)))
            {
                Consider(table, i, [1, n - i, n - i, n - i, n, n]);
            }

            for (var j = i + minPart; j <= n - minPart; j++)
            {
                if (!IsModifier(word.AsSpan(i, j - i)))
                {
                    continue;
                }

                foreach (var link in LinksAfter(word.AsSpan(i, j - i)))
                {
                    var k = j + link.Length;
                    var rest = table.Slice(Fields * Math.Min(k, n), Fields);
                    if (k > n - minPart || rest[0] == 0 || rest[0] >= MaxParts || !word.AsSpan(j).StartsWith(link, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // A modifier that dropped its -e (schul of schule) counts as one letter less: städte|tage beats städt|etage.
                    var inWords = rest[1] + (j - i) - (lexicon.Contains(word.AsSpan(i, j - i)) ? 0 : 1);
                    Consider(table, i, [rest[0] + 1, inWords, rest[2], Math.Min(rest[3], j - i), j, k]);
                }
            }
        }

        var parts = new List<string>(MaxParts);
        for (var at = 0; table[0] > 0 && at < n; at = table[(Fields * at) + 5])
        {
            // A modifier that dropped its -e is emitted whole (schul → schule), so the part meets the word.
            var part = word[at..table[(Fields * at) + 4]];
            parts.Add(lexicon.Contains(part) || table[(Fields * at) + 4] == n ? part : part + "e");
        }

        return parts;

        // Fewest parts, then most letters in real words (städte|bau over städt|e|bau), then the longer head
        // (gas|emissionen over gase|missionen), then no tiny part.
        static void Consider(Span<int> table, int at, ReadOnlySpan<int> candidate)
        {
            var current = table.Slice(Fields * at, Fields);
            if (current[0] == 0 ||
                (candidate[0], -candidate[1], -candidate[2], -candidate[3]).CompareTo((current[0], -current[1], -current[2], -current[3])) < 0)
            {
                candidate.CopyTo(current);
            }
        }
    }

    /// <summary>
    /// Nouns in -ung, -heit, -keit, -schaft, -tion, -ität, -tum, -ling always link with -s- (Gesundheitsamt is
    /// gesundheit|s|amt, not gesundheit|samt); other modifiers may take any link.
    /// </summary>
    private static string[] LinksAfter(ReadOnlySpan<char> modifier)
    {
        foreach (var suffix in SLinkSuffixes)
        {
            if (modifier.EndsWith(suffix, StringComparison.Ordinal))
            {
                return SLinkOnly;
            }
        }

        return Links;
    }

    private static readonly string[] SLinkSuffixes = ["ung", "heit", "keit", "schaft", "tion", "sion", "ität", "tum", "ling"];
    private static readonly string[] SLinkOnly = ["s"];

    private string? Respelled(string word)
    {
        var respelled = word.Replace("ae", "ä", StringComparison.Ordinal).Replace("oe", "ö", StringComparison.Ordinal)
            .Replace("ue", "ü", StringComparison.Ordinal).Replace("ss", "ß", StringComparison.Ordinal);
        return respelled != word ? respelled : null;
    }

    /// <summary>
    /// A form of an adjective in -sam: gemeinsame is no gemeine + same, gemeinsamen no gemeine + samen, einsamer no
    /// eins + amer (German_analysis_cases_hold, <c>Gemeinsamen Projekten</c>). The lexicon knows these adjectives
    /// as nouns (das Gemeinsame) and Same, Samen and Amen as words of their own, so the splitter would find a noun
    /// and a head in every one of them. Compounds that only end in -sam are no such form and still split:
    /// Polizeigewahrsam, Blumensamen, haushaltswirksame.
    /// </summary>
    private bool IsSamAdjective(string word)
    {
        // No ending holds "sam", so the stem ends at the last one.
        var sam = word.LastIndexOf("sam", StringComparison.Ordinal);
        return sam > 0 && AdjectiveEndings.Contains(word[(sam + 3)..]) && lexicon.Contains(string.Concat(word.AsSpan(0, sam + 3), "e"));
    }

    /// <summary>The endings of an adjective: declension, comparative and superlative (gemeinsam, gemeinsamere, einsamsten).</summary>
    private static readonly FrozenSet<string> AdjectiveEndings = FrozenSet.Create(
        StringComparer.Ordinal, "", "e", "en", "er", "es", "em", "ere", "eren", "erer", "eres", "erem", "ste", "sten", "ster", "stes", "stem");

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsModifier(ReadOnlySpan<char> part) => lexicon.Contains(part) || lexicon.ContainsWithoutFinalE(part);

    /// <summary>A known word, or a known word with a plural or case ending (emissionen of emission).</summary>
    private bool IsHead(ReadOnlySpan<char> part)
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
