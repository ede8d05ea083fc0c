using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fundus.Querying;
using Fundus.Searching;

namespace Fundus.Tests.Querying;

/// <summary>Any input parses and searches: a result or a message for the reader, never another exception.</summary>
public sealed class QueryParserProperties : IClassFixture<QueryParserProperties.SeedIndex>
{
    private static readonly string[] Pieces =
    [
        "(", ")", "\"", "„", "“", "-", "+", "*", ":", "|", "ODER", "OR", "UND", "NICHT", "autor:", "ort:", "von:", "bis:", "von:2024",
        "format:", "thema:(", "Bürger:innen", "Bürger*innen", "KI", "Linz", "Verwaltungsdigitalisierung", "Smart-City-Projekte",
        "C#", "64-bit", "X.0", "🚀", "\u0000", "\t", "\n", " ", "  ", "ß", "ü", "a", "Di*", "Digital*", "~", "^2", "\\", "{", "[",
    ];

    private readonly SeedIndex _seed;

    public QueryParserProperties(SeedIndex seed) => _seed = seed;

    /// <summary>Strings built from the characters and words that break parsers, nested and repeated.</summary>
    public static Arbitrary<string> Hostile() =>
        Gen.Elements(Pieces).ListOf().Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 500)]
    public bool Any_string_parses_or_is_rejected_with_a_message(string? input) => ParsesOrRejects(input);

    [Property(MaxTest = 500, Arbitrary = [typeof(QueryParserProperties)])]
    public bool Hostile_strings_parse_or_are_rejected_with_a_message(string input) => ParsesOrRejects(input);

    [Property(MaxTest = 300, Arbitrary = [typeof(QueryParserProperties)])]
    public bool Hostile_strings_search_without_an_exception(string input)
    {
        try
        {
            var results = _seed.Engine.Search(new SearchRequest { Query = input, Size = 5 });
            return results.Total >= 0 && results.Hits.Count <= 5;
        }
        catch (QueryRejectedException e)
        {
            return e.Message.Length > 0;
        }
    }

    private static bool ParsesOrRejects(string? input)
    {
        try
        {
            return FundusQueryParser.Parse(input) is not null;
        }
        catch (QueryRejectedException e)
        {
            return e.Message.Length > 0;
        }
    }

    public sealed class SeedIndex : IDisposable
    {
        private readonly TempDataDirectory _data = new();

        public SeedIndex()
        {
            Engine = _data.OpenEngine();
            Engine.ImportSeedIfEmpty();
        }

        public FundusEngine Engine { get; }

        public void Dispose()
        {
            Engine.Dispose();
            _data.Dispose();
        }
    }
}
