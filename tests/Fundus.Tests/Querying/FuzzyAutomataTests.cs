using Fundus.Indexing;
using Fundus.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Tests.Querying;

public sealed class FuzzyAutomataTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Theory]
    [InlineData("verwaltng", 1)]
    [InlineData("digitalisirung", 2)]
    [InlineData("burgerbeteilgung", 2)]
    [InlineData("kommunnen", 2)]
    public void A_misspelled_word_expands_to_the_same_terms_with_shared_automata_in_every_field(string word, int edits)
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        string[] fields = [IndexFieldNames.Text, IndexFieldNames.Surface(ArticleFields.Teaser), ArticleFields.Title, IndexFieldNames.Text];

        var expansions = engine.Index.Search(searcher => fields.Select(field =>
        {
            var term = new Term(field, word);
            var own = searcher.Rewrite(new FuzzyQuery(term, edits, prefixLength: 1, LooseWordQueries.MaxFuzzyExpansions, transpositions: true));
            var shared = searcher.Rewrite(new SharedAutomataFuzzyQuery(term, edits, prefixLength: 1, LooseWordQueries.MaxFuzzyExpansions, transpositions: true));
            return (Own: own.ToString(), Shared: shared.ToString());
        }).ToList())!;

        // The same word in the next field (and in the same field again) takes the automata the first field built.
        Assert.All(expansions, e => Assert.Equal(e.Own, e.Shared));
        Assert.Contains(expansions, e => e.Shared.Contains(':', StringComparison.Ordinal));
    }

    public void Dispose() => _data.Dispose();
}
