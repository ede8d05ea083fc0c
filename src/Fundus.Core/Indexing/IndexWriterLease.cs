namespace Fundus.Indexing;

/// <summary>
/// The right to write the index, held by one process at a time through an exclusive lock on
/// <c>index/writer.lock</c>. A process that cannot get it does not fail: it reads the index that the holder
/// (usually <c>fundus serve</c>) keeps up to date. The operating system releases the lock when the holder dies.
/// </summary>
public sealed class IndexWriterLease : IDisposable
{
    private readonly FileStream _stream;

    private IndexWriterLease(FileStream stream) => _stream = stream;

    /// <summary>Takes the lease, or returns null at once when another process (or another engine here) holds it.</summary>
    public static IndexWriterLease? TryAcquire(IndexLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            var stream = new FileStream(layout.LeaseFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new IndexWriterLease(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
