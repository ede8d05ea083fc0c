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
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanTextAnalyzer.Version, new WhitespaceAnalyzer(GermanTextAnalyzer.Version))))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                writer.AddDocument([new TextField("text", $"segment{segment} gemeinsam", Field.Store.YES)]);
                writer.Commit();
            }

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

    private static byte[] Read(IndexInput input, int length)
    {
        var read = new byte[length];
        input.ReadBytes(read, 0, length);
        return read;
    }

    public void Dispose() => _data.Dispose();
}
