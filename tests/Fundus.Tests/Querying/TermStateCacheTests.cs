using Fundus.Querying;
using Fundus.Searching;
using Lucene.Net.Index;

namespace Fundus.Tests.Querying;

public sealed class TermStateCacheTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Term_lookups_are_shared_by_the_queries_of_one_reader_only()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();
        const string Query = "Verwaltungsdigitalisierung Bürger:innen";

        var (cached, again) = engine.Index.Search(searcher =>
        {
            var cache = TermStateCache.For(searcher.IndexReader);
            Compile(engine, searcher.IndexReader, Query);
            var first = cache.Count;

            // A second compilation of the same words finds every term in the cache and adds none.
            Compile(engine, searcher.IndexReader, Query);
            return (first, cache.Count);
        });
        Assert.True(cached > 0, "compiling looks terms up");
        Assert.Equal(cached, again);

        // After a write the new reader starts empty, and a word only the new article has is found.
        engine.Store.Upsert([new Article { Id = "neu", Teaser = "Der Zeppelinhafen der Stadt öffnet." }]);
        engine.Index.CatchUp();
        Assert.Equal(0, engine.Index.Search(searcher => TermStateCache.For(searcher.IndexReader).Count));
        Assert.Equal("neu", Assert.Single(engine.Search(new SearchRequest { Query = "Zeppelinhafen" }).Hits).Id);
    }

    [Fact]
    public void The_term_cache_keeps_no_more_than_its_capacity()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        var count = engine.Index.Search(searcher =>
        {
            var cache = TermStateCache.For(searcher.IndexReader);
            for (var i = 0; i < TermStateCache.Capacity + 10; i++)
            {
                cache.Add(new Term("text", $"wort{i}"), new TermContext(searcher.IndexReader.Context));
            }

            return cache.Count;
        });

        Assert.Equal(TermStateCache.Capacity, count);
    }

    private static void Compile(FundusEngine engine, IndexReader reader, string text) =>
        new QueryCompiler(engine.Analyzer, engine.Thesaurus.Current, QueryOptions.All, reader).Compile(FundusQueryParser.Parse(text));

    public void Dispose() => _data.Dispose();
}
