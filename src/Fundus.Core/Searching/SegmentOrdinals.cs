using System.Runtime.CompilerServices;
using Fundus.Indexing;
using Lucene.Net.Index;

namespace Fundus.Searching;

/// <summary>
/// The facet values of one segment as plain arrays: for each document the ordinals of its values in every facet
/// field (<see cref="IndexFieldNames.FacetFields"/>), read once from the sorted-set DocValues and kept while the
/// segment lives. The fields share one numbering, each field's ordinals shifted past the previous field's, so
/// counting every facet of a hit is one walk over one slice. Counting a facet over 50,000 hits walks arrays instead
/// of decoding packed DocValues per hit, which cost as much as the search itself; one walk instead of one per field
/// halved the counting again (docs/benchmarks.md). A segment never changes, so the arrays never go stale; they go
/// with the segment's core.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Cache = [];

    private SegmentOrdinals(int[] starts, int[] ordinals, int[] fieldStarts)
    {
        Starts = starts;
        Ordinals = ordinals;
        FieldStarts = fieldStarts;
    }

    /// <summary>Document <c>d</c>'s ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    /// <summary>The shifted ordinals of every document's values, field after field.</summary>
    public int[] Ordinals { get; }

    /// <summary>Facet field <c>f</c>'s values are the shifted ordinals <c>FieldStarts[f]..FieldStarts[f + 1]</c>.</summary>
    public int[] FieldStarts { get; }

    /// <summary>How many values all facet fields of the segment have together.</summary>
    public int ValueCount => FieldStarts[^1];

    /// <summary>The ordinals of every facet field in this segment.</summary>
    public static SegmentOrdinals For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentOrdinals Read(AtomicReader segment)
    {
        var fields = IndexFieldNames.FacetFields;
        var values = fields.Select(segment.GetSortedSetDocValues).ToArray();
        var fieldStarts = new int[fields.Count + 1];
        for (var f = 0; f < fields.Count; f++)
        {
            fieldStarts[f + 1] = checked(fieldStarts[f] + (int)(values[f]?.ValueCount ?? 0));
        }

        var starts = new int[segment.MaxDoc + 1];
        var ordinals = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            for (var f = 0; f < values.Length; f++)
            {
                if (values[f] is not { } field)
                {
                    continue;
                }

                field.SetDocument(doc);
                long ordinal;
                while ((ordinal = field.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add(fieldStarts[f] + (int)ordinal);
                }
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        return new SegmentOrdinals(starts, [.. ordinals], fieldStarts);
    }
}
