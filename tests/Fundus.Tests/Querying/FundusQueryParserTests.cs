using Fundus.Querying;

namespace Fundus.Tests.Querying;

public sealed class FundusQueryParserTests
{
    [Fact]
    public void Words_side_by_side_all_must_match() =>
        Assert.Equal(new AndNode([new WordNode("Smart"), new WordNode("City")]), FundusQueryParser.Parse("Smart City"), new NodeComparer());

    [Fact]
    public void A_quoted_phrase_is_one_node() =>
        Assert.Equal(new PhraseNode("Künstliche Intelligenz"), FundusQueryParser.Parse("\"Künstliche Intelligenz\""), new NodeComparer());

    [Fact]
    public void An_unclosed_quote_runs_to_the_end() =>
        Assert.Equal(new PhraseNode("offene Daten"), FundusQueryParser.Parse("\"offene Daten"), new NodeComparer());

    [Fact]
    public void A_minus_excludes()
    {
        var parsed = Assert.IsType<AndNode>(FundusQueryParser.Parse("Linz -Kompass"));

        Assert.Equal(new WordNode("Kompass"), Assert.IsType<NotNode>(parsed.Items[1]).Inner);
    }

    [Theory]
    [InlineData("Linz ODER Leipzig")]
    [InlineData("Linz OR Leipzig")]
    [InlineData("Linz | Leipzig")]
    public void ODER_OR_and_the_bar_are_alternatives(string query) =>
        Assert.Equal(2, Assert.IsType<OrNode>(FundusQueryParser.Parse(query)).Items.Count);

    [Fact]
    public void Parentheses_group_alternatives_inside_an_AND()
    {
        var parsed = Assert.IsType<AndNode>(FundusQueryParser.Parse("KI (Linz ODER Leipzig)"));

        Assert.IsType<OrNode>(parsed.Items[1]);
    }

    [Theory]
    [InlineData("autor:Ginzel", ArticleFields.Authors)]
    [InlineData("Autorin:Ginzel", ArticleFields.Authors)]
    [InlineData("format:Standpunkt", ArticleFields.Format)]
    [InlineData("ort:Linz", ArticleFields.Places)]
    [InlineData("thema:KI", ArticleFields.Topics)]
    public void Field_prefixes_restrict_a_word_to_one_field(string query, string field) =>
        Assert.Equal(field, Assert.IsType<FieldNode>(FundusQueryParser.Parse(query)).Field);

    [Fact]
    public void A_field_takes_a_following_phrase()
    {
        var parsed = Assert.IsType<FieldNode>(FundusQueryParser.Parse("ort:\"Bad Salzuflen\""));

        Assert.Equal(new PhraseNode("Bad Salzuflen"), parsed.Inner);
    }

    [Fact]
    public void Dates_bound_the_publication_date()
    {
        var parsed = Assert.IsType<AndNode>(FundusQueryParser.Parse("von:2024-01-01 bis:2024-06"));

        Assert.Equal(new DateNode(new DateOnly(2024, 1, 1), null), parsed.Items[0]);
        Assert.Equal(new DateNode(null, new DateOnly(2024, 6, 30)), parsed.Items[1]);
    }

    [Fact]
    public void A_malformed_date_is_the_readers_mistake_with_a_message()
    {
        var error = Assert.Throws<QueryRejectedException>(() => FundusQueryParser.Parse("von:gestern"));

        Assert.Contains("kein Datum", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Digital*", true)]
    [InlineData("Di*", false)]
    [InlineData("*", false)]
    public void A_trailing_star_is_a_prefix_of_at_least_three_letters(string query, bool prefix)
    {
        var parsed = FundusQueryParser.Parse(query);

        Assert.Equal(prefix, parsed is WordNode { Prefix: true });
    }

    [Theory]
    [InlineData("Bürger:innen")]
    [InlineData("schnell(er)")]
    [InlineData("Kommune X.0")]
    [InlineData("64-bit")]
    [InlineData("C#")]
    [InlineData("🚀 Rakete")]
    [InlineData("a:b:c ::: \"")]
    [InlineData(")))(((")]
    [InlineData("ODER ODER -")]
    [InlineData("NICHT NICHT Linz")]
    public void Odd_input_parses(string query) => Assert.NotNull(FundusQueryParser.Parse(query));

    [Fact]
    public void A_colon_that_names_no_field_stays_in_the_word() =>
        Assert.Equal(new WordNode("Bürger:innen"), FundusQueryParser.Parse("Bürger:innen"), new NodeComparer());

    [Theory]
    [InlineData(10_000, "zu lang")]
    public void Input_over_the_length_bound_is_rejected_with_a_message(int length, string message) =>
        Assert.Contains(message, Assert.Throws<QueryRejectedException>(() => FundusQueryParser.Parse(new string('x', length))).Message, StringComparison.Ordinal);

    [Fact]
    public void Nesting_over_the_bound_is_rejected_before_any_recursion() =>
        Assert.Contains("geklammert", Assert.Throws<QueryRejectedException>(() => FundusQueryParser.Parse(new string('(', 500) + "a")).Message, StringComparison.Ordinal);

    [Fact]
    public void Too_many_terms_are_rejected_with_a_message() =>
        Assert.Contains("zu viele", Assert.Throws<QueryRejectedException>(() => FundusQueryParser.Parse(string.Join(' ', Enumerable.Repeat("Wort", 40)))).Message, StringComparison.Ordinal);

    /// <summary>Records with lists compare by reference; this compares parsed trees by content.</summary>
    private sealed class NodeComparer : IEqualityComparer<QueryNode>
    {
        public bool Equals(QueryNode? x, QueryNode? y) => (x, y) switch
        {
            (AndNode a, AndNode b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equals(p.First, p.Second)),
            (OrNode a, OrNode b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equals(p.First, p.Second)),
            _ => Object.Equals(x, y),
        };

        public int GetHashCode(QueryNode obj) => 0;
    }
}
