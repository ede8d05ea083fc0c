using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Fundus.Searching;

/// <summary>
/// Counts the values of sorted-set DocValues fields over every hit, alongside the top-docs collector. Counts go
/// into one <c>int[]</c> per segment indexed by ordinal, read from the segment's cached <see cref="SegmentOrdinals"/>;
/// ordinals become strings only once per segment, for the values that occur.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly SegmentOrdinals?[] _ordinals = new SegmentOrdinals?[fields.Count];
    private readonly int[]?[] _counts = new int[]?[fields.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FlushSegment();
        for (var i = 0; i < fields.Count; i++)
        {
            var ordinals = SegmentOrdinals.For(context.AtomicReader, fields[i]);
            _ordinals[i] = ordinals;
            _values[i] = ordinals is null ? null : context.AtomicReader.GetSortedSetDocValues(fields[i]);
            _counts[i] = ordinals is null ? null : new int[ordinals.ValueCount];
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

    /// <summary>The top values of each field, most frequent first, ties by value.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Top(int size)
    {
        FlushSegment();
        return _totals.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(size)
                .Select(v => new FacetValue(v.Key, v.Value))
                .ToList(),
            StringComparer.Ordinal);
    }

    private void FlushSegment()
    {
        var label = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }

            var totals = _totals[fields[i]];
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                values.LookupOrd(ordinal, label);
                var key = label.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + counts[ordinal];
            }

            _values[i] = null;
            _ordinals[i] = null;
            _counts[i] = null;
        }
    }
}
