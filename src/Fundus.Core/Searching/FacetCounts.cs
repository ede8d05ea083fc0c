using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Fundus.Searching;

/// <summary>
/// The counts of one facet field in one segment, by ordinal, and how the top values of all segments are found
/// from them. Segments number their values apart, so the counts of the smaller segments are added to those of the
/// segment with the most values by looking their values up there; a value only they have is counted on its own.
/// The top values are then picked by ordinal, and only those become strings
/// (<c>Facets_over_several_segments_count_as_over_one</c>).
/// </summary>
internal sealed record FacetCounts(SortedSetDocValues Values, ArraySegment<int> Counts)
{
    private static readonly IComparer<BytesRef> ValueOrder = BytesRef.UTF8SortedAsUnicodeComparer;

    // The worst of the top values so far comes first: the lowest count, and of equal counts the later value.
    private static readonly Comparer<(int Count, int Ordinal)> WorstFirst =
        Comparer<(int Count, int Ordinal)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ordinal.CompareTo(a.Ordinal));

    /// <summary>The <paramref name="size"/> most frequent values over <paramref name="segments"/>; ties in the index's order of values.</summary>
    public static IReadOnlyList<FacetValue> Top(IReadOnlyList<FacetCounts> segments, int size)
    {
        if (segments.Count == 0 || size <= 0)
        {
            return [];
        }

        var main = segments.MaxBy(s => s.Counts.Count)!;
        var onlyElsewhere = new Dictionary<string, (BytesRef Value, int Count)>(StringComparer.Ordinal);
        foreach (var segment in segments.Where(s => !ReferenceEquals(s, main)))
        {
            segment.AddTo(main, onlyElsewhere);
        }

        var candidates = main.TopOrdinals(size)
            .Select(ordinal => (Value: main.Lookup(ordinal), Count: main.Counts[ordinal]))
            .Concat(onlyElsewhere.Values);
        return
        [
            .. candidates
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Value, ValueOrder)
                .Take(size)
                .Select(c => new FacetValue(c.Value.Utf8ToString(), c.Count)),
        ];
    }

    /// <summary>Adds this segment's counts to <paramref name="main"/>'s, by value; values it lacks go to <paramref name="onlyHere"/>.</summary>
    private void AddTo(FacetCounts main, Dictionary<string, (BytesRef Value, int Count)> onlyHere)
    {
        for (var ordinal = 0; ordinal < Counts.Count; ordinal++)
        {
            if (Counts[ordinal] == 0)
            {
                continue;
            }

            var value = Lookup(ordinal);
            var there = main.Values.LookupTerm(value);
            if (there >= 0)
            {
                // A copy of the segment, writing into the same array.
                var mainCounts = main.Counts;
                mainCounts[(int)there] += Counts[ordinal];
                continue;
            }

            var key = value.Utf8ToString();
            onlyHere[key] = (value, onlyHere.GetValueOrDefault(key).Count + Counts[ordinal]);
        }
    }

    /// <summary>The ordinals of the <paramref name="size"/> highest counts, of equal counts the earlier values.</summary>
    private IEnumerable<int> TopOrdinals(int size)
    {
        var top = new PriorityQueue<int, (int Count, int Ordinal)>(size + 1, WorstFirst);
        for (var ordinal = 0; ordinal < Counts.Count; ordinal++)
        {
            var count = Counts[ordinal];
            if (count == 0)
            {
                continue;
            }

            // Ordinals rise, so an equal count never displaces an earlier value.
            if (top.Count < size)
            {
                top.Enqueue(ordinal, (count, ordinal));
            }
            else if (top.TryPeek(out _, out var worst) && count > worst.Count)
            {
                top.EnqueueDequeue(ordinal, (count, ordinal));
            }
        }

        return top.UnorderedItems.Select(item => item.Element);
    }

    private BytesRef Lookup(long ordinal)
    {
        var value = new BytesRef();
        Values.LookupOrd(ordinal, value);
        return BytesRef.DeepCopyOf(value);
    }
}
