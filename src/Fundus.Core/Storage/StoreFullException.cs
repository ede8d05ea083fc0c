namespace Fundus.Storage;

/// <summary>
/// The store could not write because the disk (or the database's size limit) is full. The transaction was rolled
/// back: nothing of the write is stored, everything acknowledged before is. Writing works again once space is freed.
/// </summary>
public sealed class StoreFullException(Exception inner)
    : IOException("The disk is full: this write was not stored (everything stored before it is kept). Free space and try again.", inner);
