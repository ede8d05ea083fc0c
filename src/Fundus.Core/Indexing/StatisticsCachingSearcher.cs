using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Indexing;

/// <summary>
/// An index searcher that works out each field's collection statistics (documents with the field, sum of term
/// frequencies) once instead of once per term of a query. A searcher sees one unchanging point-in-time reader, so
/// the figures cannot go stale. A German query names every alternative of every word in four fields — dozens and
/// more term queries — and each asked the same question again, which cost more than scoring the hits of a typical
/// query (docs/benchmarks.md).
/// </summary>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, base.CollectionStatistics);
}
