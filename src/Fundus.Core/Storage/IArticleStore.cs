namespace Fundus.Storage;

/// <summary>
/// The document store: the truth from which the index is derived. Every write that changes an article gets the
/// next value of a monotonically increasing change sequence, so an index (or another node) can follow the store by
/// asking for the changes after the last sequence it has seen. SQLite implements it for one machine; the contract
/// is kept narrow so that a PostgreSQL implementation can fill it for several nodes.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>
    /// Inserts or replaces articles by id in one durable transaction. An article whose content equals the stored
    /// one is left alone (no new sequence), so importing the same input twice changes nothing.
    /// </summary>
    IReadOnlyList<UpsertOutcome> Upsert(IReadOnlyList<Article> articles);

    /// <summary>Deletes an article; the deletion is itself a change with a sequence. False if there was none.</summary>
    bool Delete(string id);

    Article? Get(string id);

    /// <summary>The number of live (not deleted) articles.</summary>
    long Count();

    /// <summary>The highest change sequence written so far; 0 for an empty store.</summary>
    long LastSequence();

    /// <summary>Up to <paramref name="limit"/> changes with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    IReadOnlyList<StoreChange> ChangesSince(long afterSequence, int limit);

    /// <summary>Runs the backend's own consistency check; "ok" when all is well.</summary>
    string CheckIntegrity();

    /// <summary>
    /// Raised after a write of this instance that changed an article is durable, so an index in the same process
    /// can apply it at once instead of at its next round. Writes of other processes raise nothing here.
    /// </summary>
    event EventHandler? Changed;
}

/// <summary>What an upsert did with one article.</summary>
public enum UpsertKind
{
    Created,
    Updated,
    Unchanged,
}

public readonly record struct UpsertOutcome(string Id, UpsertKind Kind, long Sequence);

/// <summary>
/// One change of the store. <see cref="Article"/> is null for a deletion. <see cref="CreatedSequence"/> is the
/// sequence at which the article first appeared, which orders articles without dates (import order).
/// </summary>
public sealed record StoreChange(long Sequence, string Id, Article? Article, long CreatedSequence)
{
    public bool IsDeletion => Article is null;

    /// <summary>The store's content hash of the article (<see cref="ArticleIdentity.ContentHash"/>); empty for a deletion.</summary>
    public string ContentHash { get; init; } = string.Empty;
}
