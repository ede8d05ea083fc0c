using Fundus.Analysis;
using Fundus.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Fundus.Tests.Indexing;

public sealed class UntrackedMMapDirectoryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Inputs_of_the_index_directory_do_not_register_their_clones()
    {
        var bytes = Enumerable.Range(0, 5_000).Select(i => (byte)(i * 7)).ToArray();
        using var directory = new UntrackedMMapDirectory(_data.Path);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        using var slicer = directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("part", 1_000, 2_000);
        var sliceClone = (IndexInput)slice.Clone();

        Assert.True(UntrackedMMapDirectory.UntracksCompoundFiles);
        Assert.All([input, clone, slice, sliceClone], i => Assert.False(UntrackedMMapDirectory.TracksClones(i)));
        Assert.Equal(bytes, Read(clone, bytes.Length));
        Assert.Equal(bytes[1_000..3_000], Read(sliceClone, 2_000));
    }

    [Fact]
    public void Lucenes_own_memory_mapped_directory_registers_them()
    {
        using var directory = new MMapDirectory(_data.Path);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteByte(1);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);

        Assert.True(UntrackedMMapDirectory.TracksClones(input));
    }

    [Fact]
    public void A_merge_reads_its_segments_without_mapping_them()
    {
        using var directory = new UntrackedMMapDirectory(_data.Path);
        using (var writer = ThreeSegments(directory, new ConcurrentMergeScheduler()))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }

        // The merge above read its segments through the merge context; here the merged segment is read both ways.
        using var reader = DirectoryReader.Open(directory);
        var terms = ((SegmentReader)reader.Leaves[0].AtomicReader).SegmentInfo.Info.GetFiles().First(f => f.EndsWith(".tim", StringComparison.Ordinal));
        var merge = new IOContext(new MergeInfo(totalDocCount: 3, estimatedMergeBytes: 1_000, isExternal: false, mergeMaxNumSegments: 1));
        using var forMerge = directory.OpenInput(terms, merge);
        using var forSearch = directory.OpenInput(terms, IOContext.READ);

        Assert.Single(reader.Leaves);
        Assert.Equal(3, reader.DocFreq(new Term("text", "gemeinsam")));
        Assert.IsNotType<ByteBufferIndexInput>(forMerge, exactMatch: false);
        Assert.IsAssignableFrom<ByteBufferIndexInput>(forSearch);
    }

    [Fact]
    public void Every_read_of_a_merge_goes_through_file_streams()
    {
        var opened = MergeThreeSegments(new StreamingMergeScheduler());

        Assert.Contains(opened, o => o.Name.EndsWith(".dvd", StringComparison.Ordinal));
        Assert.All(opened, o => Assert.False(o.Mapped, o.Name));
    }

    [Fact]
    public void Lucene_opens_the_doc_values_of_a_merge_as_for_a_search()
    {
        // Why the scheduler marks its threads: with Lucene's own scheduler the merge maps the DocValues.
        var opened = MergeThreeSegments(new ConcurrentMergeScheduler());

        Assert.Contains(opened, o => o.Name.EndsWith(".dvd", StringComparison.Ordinal) && o.Mapped);
    }

    /// <summary>The files a merge of three segments opened, and whether each was memory-mapped.</summary>
    private List<(string Name, bool Mapped)> MergeThreeSegments(IMergeScheduler scheduler)
    {
        using var directory = new RecordingDirectory(new UntrackedMMapDirectory(_data.Path));
        using var writer = ThreeSegments(directory, scheduler);
        directory.Opened.Clear();
        writer.ForceMerge(1);
        return [.. directory.Opened];
    }

    /// <summary>A writer that has committed three segments of one article each, with separate files per segment as Fundus writes them (IndexGeneration).</summary>
    private static IndexWriter ThreeSegments(Lucene.Net.Store.Directory directory, IMergeScheduler scheduler)
    {
        var config = new IndexWriterConfig(GermanTextAnalyzer.Version, new WhitespaceAnalyzer(GermanTextAnalyzer.Version))
        {
            MergeScheduler = scheduler,
            UseCompoundFile = false,
        };
        config.MergePolicy.NoCFSRatio = 0;
        var writer = new IndexWriter(directory, config);
        for (var segment = 0; segment < 3; segment++)
        {
            writer.AddDocument(
            [
                new TextField("text", $"segment{segment} gemeinsam", Field.Store.YES),
                new BinaryDocValuesField("stored", new Lucene.Net.Util.BytesRef($"Artikel {segment}")),
            ]);
            writer.Commit();
        }

        return writer;
    }

    private sealed class RecordingDirectory(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        public System.Collections.Concurrent.ConcurrentBag<(string Name, bool Mapped)> Opened { get; } = [];

        public override IndexInput OpenInput(string name, IOContext context)
        {
            var input = base.OpenInput(name, context);
            Opened.Add((name, input is ByteBufferIndexInput));
            return input;
        }
    }

    private static byte[] Read(IndexInput input, int length)
    {
        var read = new byte[length];
        input.ReadBytes(read, 0, length);
        return read;
    }

    public void Dispose() => _data.Dispose();
}
