using Lucene.Net.Index;

namespace Fundus.Indexing;

/// <summary>
/// Lucene's concurrent merge scheduler, with each merge thread marked while it merges, so that
/// <see cref="UntrackedMMapDirectory"/> reads the merge's segments through file streams. The merge's IOContext alone
/// does not tell: Lucene.NET opens the DocValues of a segment being merged with the context of a search, and merging
/// 1,000,000 articles into one segment so mapped half a gigabyte of DocValues into the process at the end of an
/// import (<c>Every_read_of_a_merge_goes_through_file_streams</c>). Lucene keeps the reader a merge opened for its
/// segment; should a search reopen before the merge ends, it reads that segment through the same streams until the
/// merged segment replaces it.
/// </summary>
internal sealed class StreamingMergeScheduler : ConcurrentMergeScheduler
{
    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        using (UntrackedMMapDirectory.StreamReadsOfThisThread())
        {
            base.DoMerge(merge);
        }
    }
}
