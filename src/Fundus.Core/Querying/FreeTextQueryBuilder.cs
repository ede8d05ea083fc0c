using Fundus.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Fundus.Querying;

/// <summary>
/// Turns free text into a query: every word must match, in any of the searched fields, weighted by field.
/// Words pass through the same analysis as the index, so <c>Städten</c> finds <c>Stadt</c>. Input is bounded
/// before analysis: at most <see cref="MaxQueryLength"/> characters and <see cref="MaxWords"/> words.
/// <para>Grammar: <c>query = word*</c>; any character sequence is a valid query (symbols are dropped by the
/// tokenizer); a query of no searchable words matches nothing, an empty query matches everything.</para>
/// </summary>
public sealed class FreeTextQueryBuilder(Analyzer analyzer)
{
    public const int MaxQueryLength = 1_000;
    public const int MaxWords = 32;

    /// <summary>Builds the query; throws <see cref="QueryRejectedException"/> for input over the bounds.</summary>
    public Query Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        if (text.Length > MaxQueryLength)
        {
            throw new QueryRejectedException($"Die Suchanfrage ist zu lang ({text.Length} Zeichen; höchstens {MaxQueryLength}).");
        }

        var positions = Analyze(text);
        if (positions.Count > MaxWords)
        {
            throw new QueryRejectedException($"Die Suchanfrage hat zu viele Wörter ({positions.Count}; höchstens {MaxWords}).");
        }

        var query = new BooleanQuery();
        foreach (var terms in positions)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, boost) in IndexFieldNames.SearchedTextFields)
            {
                foreach (var term in terms)
                {
                    anyField.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                }
            }

            query.Add(anyField, Occur.MUST);
        }

        return positions.Count == 0 ? new BooleanQuery() : query;
    }

    /// <summary>The query's terms, grouped by position (several terms at one position are alternatives).</summary>
    private List<List<string>> Analyze(string text)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(ArticleFields.Teaser, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                if (positions.Count > MaxWords)
                {
                    break;
                }

                positions.Add([]);
            }

            var value = term.ToString();
            if (!positions[^1].Contains(value))
            {
                positions[^1].Add(value);
            }
        }

        stream.End();
        return positions;
    }
}
