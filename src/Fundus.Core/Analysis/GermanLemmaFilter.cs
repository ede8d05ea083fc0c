using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Analysis;

/// <summary>
/// Reduces a lower-case word to its base form. In text, capitalized words (nouns) go through the lexicon and
/// the rest through the stemmer; in queries, typed in any case, both readings are kept. Nouns the <see cref="GermanLexicon"/> knows to their lemma
/// (<c>städten → stadt</c>, <c>lehrkräfte → lehrkraft</c>, <c>bürgern → bürger</c>, with no confusion of
/// <c>bürger</c> and <c>burg</c>); compounds with a known head through the head (<c>großkommunen → großkommune</c>);
/// every other word with Lucene's light German stemmer (<c>digitalen → digital</c>), which leaves
/// <c>sicherheit</c> whole. A word the lexicon does not know is tried with its umlauts and ß restored
/// (<c>muenchen, munchen → münchen</c>; <c>strasse → straße</c>), so every spelling meets the lexicon's.
/// Runs once per distinct word: it is one of the stages <see cref="MemoizedWordFilter"/> memoizes.
/// </summary>
public sealed class GermanLemmaFilter : StackingFilter
{
    private const int MinHeadLength = 4;
    private const int MinModifierLength = 3;

    private readonly GermanLexicon _lexicon;
    private readonly GermanCompoundSplitter? _splitter;
    private readonly bool _forQueries;
    private readonly IFlagsAttribute _flags;

    internal GermanLemmaFilter(TokenStream input, GermanLexicon lexicon, bool forQueries, GermanCompoundSplitter? splitter)
        : base(input)
    {
        _lexicon = lexicon;
        _splitter = splitter;
        _forQueries = forQueries;
        _flags = AddAttribute<IFlagsAttribute>();
    }

    /// <summary>The light stem of a lower-case word: <c>künstlichen → kunstlich</c>.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var buffer = word.ToCharArray();
        var length = new GermanLightStemmer().Stem(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    /// <summary>The base form of one lower-case word.</summary>
    public static string Lemmatize(GermanLexicon lexicon, string word) => Lemmatize(lexicon, word, splitter: null);

    /// <summary>
    /// The base form of one lower-case word; with a <paramref name="splitter"/>, an unknown compound is lemmatized
    /// through the head the splitter finds (landkreise → land|kreise → landkreis), else through its longest known tail.
    /// </summary>
    public static string Lemmatize(GermanLexicon lexicon, string word, GermanCompoundSplitter? splitter)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(word);
        if (lexicon.TryGetLemma(word.AsSpan(), out var lemma))
        {
            return Adjectival(lemma ?? word);
        }

        if (Respelled(lexicon, word) is { } respelled)
        {
            return Adjectival(respelled);
        }

        if (splitter?.Split(word) is { IsCompound: true } parts && word.EndsWith(parts.Head, StringComparison.Ordinal) &&
            lexicon.TryGetLemma(parts.Head.AsSpan(), out var headLemma))
        {
            return string.Concat(word.AsSpan(0, word.Length - parts.Head.Length), headLemma ?? parts.Head);
        }

        for (var head = MinModifierLength; head <= word.Length - MinHeadLength; head++)
        {
            if (lexicon.TryGetLemma(word.AsSpan(head), out var tailLemma))
            {
                return tailLemma is null ? word : string.Concat(word.AsSpan(0, head), tailLemma);
            }
        }

        return Stem(word);
    }

    /// <summary>
    /// A noun made from an adjective (die Künstliche, das Digitale) keeps the adjective's stem, so
    /// <c>Künstliche Intelligenz</c> and <c>künstlicher Intelligenz</c> meet.
    /// </summary>
    private static string Adjectival(string lemma)
    {
        foreach (var suffix in AdjectiveSuffixes)
        {
            if (lemma.EndsWith(suffix, StringComparison.Ordinal) && lemma.Length > suffix.Length + 2)
            {
                return Stem(lemma);
            }
        }

        return lemma;
    }

    private static readonly string[] AdjectiveSuffixes = ["liche", "ische", "ige", "bare", "same", "hafte", "lose", "ale", "ive", "elle"];

    /// <summary>
    /// The lemma of a spelling without umlauts or ß that the lexicon knows: ae/oe/ue → ä/ö/ü and ss → ß
    /// everywhere, then a single a/o/u → ä/ö/ü (Munchen → München). Null when no respelling is known.
    /// </summary>
    private static string? Respelled(GermanLexicon lexicon, string word)
    {
        var transliterated = word.Replace("ae", "ä", StringComparison.Ordinal).Replace("oe", "ö", StringComparison.Ordinal)
            .Replace("ue", "ü", StringComparison.Ordinal);
        foreach (var candidate in new[] { transliterated, word.Replace("ss", "ß", StringComparison.Ordinal), transliterated.Replace("ss", "ß", StringComparison.Ordinal) })
        {
            if (candidate != word && lexicon.TryGetLemma(candidate.AsSpan(), out var lemma))
            {
                return lemma ?? candidate;
            }
        }

        Span<char> letters = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(letters);
        for (var i = 0; i < letters.Length; i++)
        {
            var umlaut = letters[i] switch { 'a' => 'ä', 'o' => 'ö', 'u' => 'ü', _ => '\0' };
            if (umlaut == '\0')
            {
                continue;
            }

            letters[i] = umlaut;
            if (lexicon.TryGetLemma(letters, out var lemma))
            {
                return lemma ?? new string(letters);
            }

            letters[i] = word[i];
        }

        return null;
    }

    protected override void Process()
    {
        if (Keyword.IsKeyword || Term.Length < 3)
        {
            return;
        }

        var word = Term.ToString();
        if (!_forQueries)
        {
            // In text, a capital letter marks a noun (or a sentence start): the lexicon knows nouns, the stemmer the rest.
            var capitalized = (_flags.Flags & GermanWordTokenizer.CapitalizedFlag) != 0;
            Term.SetEmpty().Append(capitalized ? Lemmatize(_lexicon, word, _splitter) : Stem(word));
            return;
        }

        // A query word may be a noun or not, whatever its case: look for both readings.
        var lemma = Lemmatize(_lexicon, word, _splitter);
        Term.SetEmpty().Append(lemma);

        // A noun the lexicon knows has one reading (bürger is no burg); an unknown word may be either.
        var stem = Stem(word);
        if (stem != lemma && !_lexicon.Contains(word))
        {
            Emit(stem, Type.Type);
        }
    }
}
