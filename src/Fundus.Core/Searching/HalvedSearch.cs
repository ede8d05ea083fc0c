using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Searching;

/// <summary>
/// Collects a query's hits on both cores when it matches many articles. The document ids of a segment are cut in
/// two halves; the lower half is scored on the calling thread, the upper half by a second scorer on a pool thread,
/// each into collectors of its own, which the caller then merges. Every hit is scored by the same weight, so scores,
/// order and counts are those of one pass (<c>A_search_in_halves_ranks_and_counts_as_one_pass</c>). A query that
/// matches few articles is collected in one pass: a second scorer would cost more than it saves. When no pool
/// thread is free, as under many concurrent searches, the caller scores the upper half itself after the lower one,
/// so a busy server does the same work as without halves and never waits for a thread.
/// </summary>
internal static class HalvedSearch
{
    /// <summary>Split a segment when its scorer expects at least this many matches.</summary>
    public const long DefaultSplitAbove = 8_192;

    /// <summary>
    /// Scores every hit of <paramref name="query"/> into the collectors of one or two parts, made by
    /// <paramref name="create"/>; returns the parts, the first always.
    /// </summary>
    public static IReadOnlyList<T> Collect<T>(IndexSearcher searcher, Query query, Func<T> create, Func<T, ICollector> collectorOf, long splitAbove)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var lower = create();
        var parts = new List<T>(2) { lower };
        var upper = default(T)!;
        var split = false;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            var maxDoc = leaf.AtomicReader.MaxDoc;
            if (scorer.GetCost() < splitAbove || maxDoc < 2)
            {
                Score(collectorOf(lower), leaf, scorer, 0, maxDoc);
                continue;
            }

            if (!split)
            {
                (upper, split) = (create(), true);
                parts.Add(upper);
            }

            var middle = maxDoc / 2;
            var upperCollector = collectorOf(upper);
            var upperHalf = new Half(() =>
            {
                var second = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (second is not null)
                {
                    Score(upperCollector, leaf, second, middle, maxDoc);
                }
            });
            ThreadPool.UnsafeQueueUserWorkItem(upperHalf, preferLocal: true);
            Score(collectorOf(lower), leaf, scorer, 0, middle);
            upperHalf.RunOrWait();
        }

        return parts;
    }

    private static void Score(ICollector collector, AtomicReaderContext leaf, Scorer scorer, int from, int to)
    {
        collector.SetNextReader(leaf);
        collector.SetScorer(scorer);
        var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from);
        while (doc < to)
        {
            collector.Collect(doc);
            doc = scorer.NextDoc();
        }
    }

    /// <summary>The upper half: run by whichever comes first, a pool thread or the caller done with its own half.</summary>
    private sealed class Half(Action score) : IThreadPoolWorkItem
    {
        private const int Waiting = 0;
        private const int Taken = 1;

        private readonly object _gate = new();
        private int _state;
        private bool _finished;
        private Exception? _failure;

        public void Execute()
        {
            if (Interlocked.Exchange(ref _state, Taken) == Waiting)
            {
                Run();
            }
        }

        public void RunOrWait()
        {
            if (Interlocked.Exchange(ref _state, Taken) == Waiting)
            {
                Run();
            }
            else
            {
                lock (_gate)
                {
                    while (!_finished)
                    {
                        Monitor.Wait(_gate);
                    }
                }
            }

            if (_failure is not null)
            {
                ExceptionDispatchInfo.Throw(_failure);
            }
        }

        private void Run()
        {
            try
            {
                score();
            }
            catch (Exception e)
            {
                // Handed to the caller, which rethrows it with its own search.
                _failure = e;
            }
            finally
            {
                lock (_gate)
                {
                    _finished = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
