using Fundus.Indexing;
using Fundus.Storage;
using Lucene.Net.Index;

namespace Fundus.Tests.Indexing;

/// <summary>Reads back what index and store hold, to check that one is the projection of the other.</summary>
internal static class IndexMirror
{
    /// <summary>Id → content hash of every live document in the index.</summary>
    public static Dictionary<string, string> IndexedHashes(FundusEngine engine) =>
        engine.Index.Search(searcher =>
        {
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var article = IndexedArticles.Read(reader, doc);
                Assert.False(hashes.ContainsKey(article.Id), $"the index holds {article.Id} twice");
                hashes[article.Id] = ArticleIdentity.ContentHash(article);
            }

            return hashes;
        }) ?? [];

    /// <summary>Id → content hash of every live article in the store, with the metadata its text holds, as indexed.</summary>
    public static Dictionary<string, string> StoredHashes(FundusEngine engine) =>
        engine.Store.ChangesSince(0, int.MaxValue)
            .Where(c => !c.IsDeletion)
            .ToDictionary(c => c.Id, c => ArticleIdentity.ContentHash(engine.Enricher.Enrich(c.Article!).Article), StringComparer.Ordinal);
}
