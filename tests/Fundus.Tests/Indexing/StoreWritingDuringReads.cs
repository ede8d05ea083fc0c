using Fundus.Storage;

namespace Fundus.Tests.Indexing;

/// <summary>
/// A store that runs a write of its own just before it answers the <c>n</c>-th read of changes, as another writer
/// would while the index reads them in batches. Everything else is the wrapped store's.
/// </summary>
internal sealed class StoreWritingDuringReads(IArticleStore inner, int beforeRead, Action<IArticleStore> write) : IArticleStore
{
    private int _reads;

    public event EventHandler? Changed
    {
        add => inner.Changed += value;
        remove => inner.Changed -= value;
    }

    public IReadOnlyList<StoreChange> ChangesSince(long afterSequence, int limit)
    {
        if (++_reads == beforeRead)
        {
            write(inner);
        }

        return inner.ChangesSince(afterSequence, limit);
    }

    public IReadOnlyList<UpsertOutcome> Upsert(IReadOnlyList<Article> articles) => inner.Upsert(articles);

    public bool Delete(string id) => inner.Delete(id);

    public Article? Get(string id) => inner.Get(id);

    public long Count() => inner.Count();

    public long LastSequence() => inner.LastSequence();

    public string CheckIntegrity() => inner.CheckIntegrity();

    public void Dispose() => inner.Dispose();
}
