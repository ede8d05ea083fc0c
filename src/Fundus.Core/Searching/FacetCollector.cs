using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Fundus.Searching;

/// <summary>
/// Counts the values of sorted-set DocValues fields over every hit, alongside the top-docs collector. Counts go
/// into one <c>int[]</c> per segment indexed by ordinal, read from the segment's cached <see cref="SegmentOrdinals"/>.
/// Only the values shown become strings: the top values are picked from the ordinal counts
/// (<see cref="FacetCounts"/>), because turning every counted value into a string and sorting them all cost a
/// query with tens of thousands of hits more than counting them (docs/benchmarks.md).
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly List<FacetCounts>[] _segments = [.. fields.Select(_ => new List<FacetCounts>())];

    // The segment each entry of _segments counts, so the counts of two collectors over one segment add up.
    private readonly List<object>[] _segmentKeys = [.. fields.Select(_ => new List<object>())];
    private readonly SegmentOrdinals?[] _ordinals = new SegmentOrdinals?[fields.Count];
    private readonly int[]?[] _counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < fields.Count; i++)
        {
            var ordinals = SegmentOrdinals.For(context.AtomicReader, fields[i]);
            _ordinals[i] = ordinals;
            _counts[i] = null;
            if (ordinals is not null)
            {
                var counts = new int[ordinals.ValueCount];
                _counts[i] = counts;
                _segments[i].Add(new FacetCounts(context.AtomicReader.GetSortedSetDocValues(fields[i]), counts));
                _segmentKeys[i].Add(context.AtomicReader.CoreCacheKey);
            }
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _ordinals.Length; i++)
        {
            if (_ordinals[i] is not { } ordinals)
            {
                continue;
            }

            var counts = _counts[i]!;
            var all = ordinals.Ordinals;
            for (int k = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; k < end; k++)
            {
                counts[all[k]]++;
            }
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>, a collector of the same fields over other hits.</summary>
    public void Add(FacetCollector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < fields.Count; i++)
        {
            for (var s = 0; s < other._segments[i].Count; s++)
            {
                var at = _segmentKeys[i].IndexOf(other._segmentKeys[i][s]);
                if (at < 0)
                {
                    _segments[i].Add(other._segments[i][s]);
                    _segmentKeys[i].Add(other._segmentKeys[i][s]);
                    continue;
                }

                var into = _segments[i][at].Counts;
                var from = other._segments[i][s].Counts;
                for (var ordinal = 0; ordinal < into.Length; ordinal++)
                {
                    into[ordinal] += from[ordinal];
                }
            }
        }
    }

    /// <summary>The top values of each field, most frequent first, ties in the index's order of values.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Top(int size)
    {
        var top = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            top[fields[i]] = FacetCounts.Top(_segments[i], size);
        }

        return top;
    }
}
