using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Fundus.Enrichment;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    City,
    WorldCity,
    State,
    Region,
    Country,
}

/// <summary>A place of the gazetteer: its German name, kind, country code and population where known.</summary>
public sealed record Place(string Name, PlaceKind Kind, string Country, long Population);

/// <summary>
/// The places Fundus knows, in German: cities and towns of Germany, Austria and Switzerland (GeoNames, at least
/// 1,000 inhabitants), the world's large cities (at least 500,000) and countries, and the states, cantons and
/// regions of the three countries, each with its adjectives and demonyms (<c>Linzer → Linz</c>,
/// <c>niedersächsischen → Niedersachsen</c>, <c>ukrainischen → Ukraine</c>). Built by
/// <c>tools/gazetteer/build_gazetteer.py</c>; sources and licences in <c>docs/relevance.md</c>.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Adjective endings after a stem: niedersächsisch-e, -en, -er, -es, -em.</summary>
    private static readonly string[] AdjectiveEndings = ["", "e", "en", "er", "es", "em"];

    private static readonly Lazy<Gazetteer> Shared = new(Load);

    /// <summary>Towns smaller than this get no demonym: Schorndorfer (39,000) yes, Gruber (Grub) no.</summary>
    public const long MinDemonymPopulation = 20_000;

    private readonly FrozenDictionary<string, Place> _byName;
    private readonly FrozenDictionary<string, Place> _byAdjective;

    private readonly FrozenSet<string> _placeWords;

    private Gazetteer(Dictionary<string, Place> byName, Dictionary<string, Place> byAdjective)
    {
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byAdjective = byAdjective.ToFrozenDictionary(StringComparer.Ordinal);
        _placeWords = byName.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Select(k => k.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        LongestName = byName.Count == 0 ? 1 : byName.Keys.Max(k => k.Split(' ').Length);
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>The most words a place name has (Appenzell Ausserrhoden: 2).</summary>
    public int LongestName { get; }

    public int Count => _byName.Count;

    /// <summary>The place of this exact name (<c>Bad Salzuflen</c>), the largest where several share it.</summary>
    public Place? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The place a lower-case word names as adjective or demonym: <c>linzer → Linz</c>,
    /// <c>niedersächsischen → Niedersachsen</c>. Null for any other word.
    /// </summary>
    public Place? FindByAdjective(string word) => FindByAdjective(word.AsSpan());

    /// <summary>As <see cref="FindByAdjective(string)"/>, for the characters of a term; allocates nothing.</summary>
    public Place? FindByAdjective(ReadOnlySpan<char> word)
    {
        var lookup = _byAdjective.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var place))
        {
            return place;
        }

        // Every adjective stem ends in -sch (deutsch, niedersächsisch): nothing else needs the endings tried.
        if (!word.Contains("sch", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var ending in AdjectiveEndings.Skip(1))
        {
            if (word.Length > ending.Length + 4 && word.EndsWith(ending, StringComparison.Ordinal) &&
                lookup.TryGetValue(word[..^ending.Length], out place) && place.Kind is not (PlaceKind.City or PlaceKind.WorldCity))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>True for a lower-case single word that names a place (regensburg, freiburg).</summary>
    public bool IsPlaceWord(string lowerWord) => _placeWords.Contains(lowerWord);

    /// <summary>True for a lower-case single word, given as characters, that names a place.</summary>
    public bool IsPlaceWord(ReadOnlySpan<char> lowerWord) => _placeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord);

    private static Gazetteer Load()
    {
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        var byAdjective = new Dictionary<string, Place>(StringComparer.Ordinal);
        var lexicon = Analysis.GermanLexicon.Default;
        var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Fundus.Enrichment.Resources.places.tsv.gz")
            ?? throw new InvalidOperationException("The gazetteer is missing from this build of Fundus.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            var kind = columns[1] switch
            {
                "city" => PlaceKind.City,
                "world-city" => PlaceKind.WorldCity,
                "state" => PlaceKind.State,
                "region" => PlaceKind.Region,
                _ => PlaceKind.Country,
            };
            var place = new Place(columns[0], kind, columns[2], long.Parse(columns[4], CultureInfo.InvariantCulture));
            var adjectives = columns[3].Split(',', StringSplitOptions.RemoveEmptyEntries);
            Add(byName, byAdjective, place, adjectives, lexicon.IsCommonNoun);
        }

        return new Gazetteer(byName, byAdjective);
    }

    private static void Add(Dictionary<string, Place> byName, Dictionary<string, Place> byAdjective, Place place, string[] adjectives, Func<string, bool> isKnownWord)
    {
        // Where a name is both a state and a city (Berlin, Wien), or two towns share it, the bigger one wins.
        if (!byName.TryGetValue(place.Name, out var existing) || Rank(place) > Rank(existing))
        {
            byName[place.Name] = place;
        }

        foreach (var adjective in adjectives)
        {
            // A demonym that is also a common noun names a place only when the place is big (Wiener) or its name long
            // (Leipziger); Hammer of Hamm and Lager of Lage name none. Demonyms of small towns are mostly surnames
            // (Gruber of Grub, Huber of Hub): they name no place either.
            if (place.Kind is PlaceKind.City or PlaceKind.WorldCity &&
                (place.Population < MinDemonymPopulation || (isKnownWord(adjective) && place.Name.Length <= 5 && place.Population < 500_000)))
            {
                continue;
            }

            if (!byAdjective.TryGetValue(adjective, out existing) || Rank(place) > Rank(existing))
            {
                byAdjective[adjective] = place;
            }
        }
    }

    private static long Rank(Place place) => place.Kind switch
    {
        PlaceKind.Country => long.MaxValue,
        PlaceKind.State => long.MaxValue - 1,
        PlaceKind.Region => long.MaxValue - 2,
        _ => place.Population,
    };
}
