using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// Counts the values of the facet fields over every hit, alongside the top-docs collector. Every facet field is
/// counted at once, into one <c>int[]</c> per segment indexed by the segment's shared ordinals
/// (<see cref="SegmentOrdinals"/>); only the fields asked for are reported. Only the values shown become strings:
/// the top values are picked from the ordinal counts (<see cref="FacetCounts"/>), because turning every counted
/// value into a string and sorting them all cost a query with tens of thousands of hits more than counting them
/// (docs/benchmarks.md).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly IReadOnlyList<string> _fields;

    // Where each reported field is among the facet fields, and so in the shared ordinals.
    private readonly int[] _layoutIndex;

    // The counts of each segment counted, with the segment it counts, so the counts of two collectors over one
    // segment add up.
    private readonly List<(object Key, int[] Counts, SortedSetDocValues?[] Values, int[] FieldStarts)> _segments = [];

    private int[] _starts = [];
    private int[] _ordinals = [];
    private int[]? _counts;

    /// <param name="fields">The facet fields to report; each one of <see cref="IndexFieldNames.FacetFields"/>.</param>
    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _layoutIndex = [.. fields.Select(f => IndexOfFacetField(f))];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _counts = null;
        if (_fields.Count == 0)
        {
            return;
        }

        var ordinals = SegmentOrdinals.For(context.AtomicReader);
        (_starts, _ordinals, _counts) = (ordinals.Starts, ordinals.Ordinals, new int[ordinals.ValueCount]);
        var values = _fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f)).ToArray();
        _segments.Add((context.AtomicReader.CoreCacheKey, _counts, values, ordinals.FieldStarts));
    }

    public void Collect(int doc)
    {
        if (_counts is not { } counts)
        {
            return;
        }

        var all = _ordinals;
        for (int k = _starts[doc], end = _starts[doc + 1]; k < end; k++)
        {
            counts[all[k]]++;
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/>, a collector of the same fields over other hits.</summary>
    public void Add(FacetCollector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var segment in other._segments)
        {
            var at = _segments.FindIndex(s => ReferenceEquals(s.Key, segment.Key));
            if (at < 0)
            {
                _segments.Add(segment);
                continue;
            }

            var into = _segments[at].Counts;
            for (var ordinal = 0; ordinal < into.Length; ordinal++)
            {
                into[ordinal] += segment.Counts[ordinal];
            }
        }
    }

    /// <summary>The top values of each field, most frequent first, ties in the index's order of values.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Top(int size)
    {
        var top = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Count; i++)
        {
            var f = _layoutIndex[i];
            var counts = new List<FacetCounts>(_segments.Count);
            foreach (var (_, all, values, fieldStarts) in _segments)
            {
                if (values[i] is { } field)
                {
                    counts.Add(new FacetCounts(field, new ArraySegment<int>(all, fieldStarts[f], fieldStarts[f + 1] - fieldStarts[f])));
                }
            }

            top[_fields[i]] = FacetCounts.Top(counts, size);
        }

        return top;
    }

    private static int IndexOfFacetField(string field)
    {
        for (var f = 0; f < IndexFieldNames.FacetFields.Count; f++)
        {
            if (string.Equals(IndexFieldNames.FacetFields[f], field, StringComparison.Ordinal))
            {
                return f;
            }
        }

        throw new ArgumentException($"'{field}' is not a facet field.", nameof(field));
    }
}
