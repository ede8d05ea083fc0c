using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Fundus.Querying;

/// <summary>
/// Where the terms of earlier queries are in one point-in-time reader, for every query on that reader to share. A
/// German query looks up each alternative of each word in four fields and the surface fields — twenty and more
/// term-dictionary seeks for three words, most of what compiling it costs — and readers ask for the same words
/// again and again. A reader never changes, so an entry never goes stale; the cache goes with its reader, and the
/// reader after a write starts empty (<c>Term_lookups_are_shared_by_the_queries_of_one_reader_only</c>). It keeps
/// at most <see cref="Capacity"/> terms and looks further ones up without keeping them, so a stream of distinct
/// words cannot grow it without bound.
/// </summary>
internal sealed class TermStateCache
{
    /// <summary>About 15 MB of term states at most.</summary>
    public const int Capacity = 50_000;

    private static readonly ConditionalWeakTable<IndexReader, TermStateCache> ByReader = [];

    private readonly ConcurrentDictionary<Term, TermContext> _states = new();
    private int _count;

    /// <summary>The cache of <paramref name="reader"/>, made on first use.</summary>
    public static TermStateCache For(IndexReader reader) => ByReader.GetValue(reader, _ => new TermStateCache());

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(Term term, [MaybeNullWhen(false)] out TermContext states) => _states.TryGetValue(term, out states);

    public void Add(Term term, TermContext states)
    {
        if (Volatile.Read(ref _count) < Capacity && _states.TryAdd(term, states))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
