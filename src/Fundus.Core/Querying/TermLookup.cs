using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>
/// The term dictionary lookups of one query's compilation, through one enumerator per field and segment. Lucene's
/// <see cref="TermQuery"/> looks its term up in every segment when it is weighted, each time through a new
/// enumerator that allocates its frames afresh, and a German query names dozens of terms in four fields; that was a
/// fifth of what a search allocated (docs/benchmarks.md). A term query made here carries its looked-up states, so
/// weighting it reads no dictionary. Scores are those of a plain term query
/// (<c>A_term_query_with_looked_up_states_scores_as_a_plain_one</c>). What an earlier query on the same reader
/// looked up is taken from its <see cref="TermStateCache"/>.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);
    private readonly Dictionary<Term, TermContext> _states = [];
    private readonly TermStateCache _shared = TermStateCache.For(reader);

    /// <summary>A term query for <paramref name="term"/> that knows where the term is in each segment.</summary>
    public TermQuery Query(Term term) => new(term, States(term));

    /// <summary>In how many articles <paramref name="term"/> occurs.</summary>
    public int DocFreq(Term term) => States(term).DocFreq;

    private TermContext States(Term term)
    {
        if (_states.TryGetValue(term, out var known))
        {
            return known;
        }

        if (_shared.TryGet(term, out known))
        {
            _states[term] = known;
            return known;
        }

        var top = reader.Context;
        var states = new TermContext(top);
        if (!_enumerators.TryGetValue(term.Field, out var enumerators))
        {
            enumerators = new TermsEnum?[top.Leaves.Count];
            _enumerators[term.Field] = enumerators;
        }

        foreach (var leaf in top.Leaves)
        {
            var enumerator = enumerators[leaf.Ord] ??= leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (enumerator is not null && enumerator.SeekExact(term.Bytes))
            {
                states.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
        }

        _states[term] = states;
        _shared.Add(term, states);
        return states;
    }
}
