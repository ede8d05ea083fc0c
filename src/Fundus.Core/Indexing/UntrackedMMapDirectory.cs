using System.Reflection;
using Lucene.Net.Store;

namespace Fundus.Indexing;

/// <summary>
/// Lucene's memory-mapped directory, without its register of clones. Lucene.NET 4.8 records every clone of an open
/// file in a <c>ConditionalWeakTable</c>, so that closing the file can fence its clones off, and a search clones a
/// file for every term and postings list it reads. Each entry is a dependent GC handle that is dropped only when the
/// table next grows: a process serving 100,000 articles held 270,000 of them, and every gen-0 collection walked
/// them all, 5–6 ms each, once every sixty searches or so (docs/benchmarks.md). Lucene itself dropped the register
/// after 4.x for the same cost. Fundus does not need the fence: a file is closed only when the last searcher of its
/// segment is released, and every read of a search happens while the search holds its searcher
/// (<see cref="ArticleIndex.Search{T}"/>).
/// <para>
/// A merge reads its segments through file streams instead: a merge reads every byte of them once, and mapped, those
/// pages would count towards the process's memory until it unmaps them; merging 1,000,000 articles into one segment
/// read gigabytes so (<c>A_merge_reads_its_segments_without_mapping_them</c>). A merge is told by its IOContext or by
/// its thread (<see cref="StreamingMergeScheduler"/>).
/// </para>
/// </summary>
public sealed class UntrackedMMapDirectory(string path) : MMapDirectory(path)
{
    private readonly NIOFSDirectory _streamed = new(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());

    // Lucene.NET keeps the register in a private field and skips it when the field is null
    // (Inputs_of_the_index_directory_do_not_register_their_clones breaks if a new version renames it).
    private static readonly FieldInfo? Clones =
        typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.NonPublic | BindingFlags.Instance);

    // A compound file is opened through a slicer, which opens its file without OpenInput.
    private static readonly FieldInfo? SlicerInput = typeof(MMapDirectory)
        .GetNestedType("IndexInputSlicerAnonymousClass", BindingFlags.NonPublic)?
        .GetField("full", BindingFlags.NonPublic | BindingFlags.Instance);

    public override IndexInput OpenInput(string name, IOContext context) =>
        IsMerge(context) ? _streamed.OpenInput(name, context) : Untracked(base.OpenInput(name, context));

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        if (IsMerge(context))
        {
            return _streamed.CreateSlicer(name, context);
        }

        var slicer = base.CreateSlicer(name, context);
        if (SlicerInput?.GetValue(slicer) is IndexInput input)
        {
            Untracked(input);
        }

        return slicer;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _streamed.Dispose();
        }

        base.Dispose(disposing);
    }

    [ThreadStatic]
    private static bool t_streamed;

    /// <summary>Until disposed, every file this thread opens is read through a stream (<see cref="StreamingMergeScheduler"/>).</summary>
    internal static IDisposable StreamReadsOfThisThread()
    {
        var before = t_streamed;
        t_streamed = true;
        return new Restore(before);
    }

    private static bool IsMerge(IOContext context) => t_streamed || context.Context == IOContext.UsageContext.MERGE;

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => t_streamed = before;
    }

    /// <summary>True when <paramref name="input"/> records its clones, or when that cannot be told.</summary>
    internal static bool TracksClones(IndexInput input) =>
        input is ByteBufferIndexInput && (Clones is null || Clones.GetValue(input) is not null);

    /// <summary>True when this directory can open a compound file without a register of clones.</summary>
    internal static bool UntracksCompoundFiles => SlicerInput is not null;

    private static IndexInput Untracked(IndexInput input)
    {
        if (input is ByteBufferIndexInput)
        {
            // Before the first clone: clones copy the field, so they skip the register too.
            Clones?.SetValue(input, null);
        }

        return input;
    }
}
