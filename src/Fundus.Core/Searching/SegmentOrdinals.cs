using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Fundus.Searching;

/// <summary>
/// The facet values of one segment and field as plain arrays: for each document the ordinals of its values,
/// read once from the sorted-set DocValues and kept while the segment lives. Counting a facet over 50,000 hits then
/// walks two arrays instead of decoding packed DocValues per hit, which cost as much as the search itself
/// (docs/benchmarks.md). A segment never changes, so the arrays never go stale; they go with the segment's core.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> Cache = [];

    private SegmentOrdinals(int[] starts, int[] ordinals, long valueCount)
    {
        Starts = starts;
        Ordinals = ordinals;
        ValueCount = valueCount;
    }

    /// <summary>Document <c>d</c>'s ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public long ValueCount { get; }

    /// <summary>The ordinals of <paramref name="field"/> in this segment; null when no document has the field.</summary>
    public static SegmentOrdinals? For(AtomicReader segment, string field)
    {
        var fields = Cache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals?>(StringComparer.Ordinal));
        return fields.GetOrAdd(field, f => Read(segment, f));
    }

    private static SegmentOrdinals? Read(AtomicReader segment, string field)
    {
        var values = segment.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var starts = new int[segment.MaxDoc + 1];
        var ordinals = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ordinal);
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        return new SegmentOrdinals(starts, [.. ordinals], values.ValueCount);
    }
}
