using Fundus.Storage;
using Lucene.Net.Index;

namespace Fundus.Indexing;

/// <summary>Where index and store disagree: ids only one of them has, and ids whose content differs.</summary>
public sealed record ConsistencyReport(long StoreArticles, long IndexedArticles, IReadOnlyList<string> MissingFromIndex, IReadOnlyList<string> NotInStore, IReadOnlyList<string> ContentDiffers)
{
    public bool Agree => MissingFromIndex.Count == 0 && NotInStore.Count == 0 && ContentDiffers.Count == 0;
}

/// <summary>
/// Compares the index with the store it derives from, article by article: the same ids, and for each the same
/// content hash. Used by the crash tests and the fault-injection tests after recovery.
/// </summary>
public static class IndexConsistency
{
    public static ConsistencyReport Check(IArticleStore store, ArticleIndex index)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        var inStore = new Dictionary<string, string>(StringComparer.Ordinal);
        for (long after = 0; ;)
        {
            var changes = store.ChangesSince(after, 5_000);
            if (changes.Count == 0)
            {
                break;
            }

            foreach (var change in changes)
            {
                if (change.Article is null)
                {
                    inStore.Remove(change.Id);
                }
                else
                {
                    inStore[change.Id] = change.ContentHash;
                }
            }

            after = changes[^1].Sequence;
        }

        var inIndex = index.Search(searcher =>
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var fields = new HashSet<string> { ArticleFields.Id, IndexFieldNames.ContentHash };
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    var stored = reader.Document(doc, fields);
                    found[stored.Get(ArticleFields.Id)] = stored.Get(IndexFieldNames.ContentHash);
                }
            }

            return found;
        }) ?? [];

        return new ConsistencyReport(
            inStore.Count,
            inIndex.Count,
            [.. inStore.Keys.Where(id => !inIndex.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. inIndex.Keys.Where(id => !inStore.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. inStore.Where(p => inIndex.TryGetValue(p.Key, out var hash) && hash != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)]);
    }
}
