using System.Globalization;
using System.Text;
using Fundus.Searching;

namespace Fundus.Evaluation;

/// <summary>Runs judged queries through the engine, as a reader would type them, and scores the rankings.</summary>
public static class RelevanceEvaluator
{
    /// <summary>How deep the run file goes (TREC tools read up to 1,000; 100 covers every judged article here).</summary>
    public const int RunDepth = 100;

    public static IReadOnlyList<QueryScores> Evaluate(FundusEngine engine, IReadOnlyList<JudgedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(queries);
        return queries.Select(q =>
        {
            var results = engine.Search(new SearchRequest { Query = q.Query, Size = RunDepth, FacetSize = 0 });
            return RelevanceMetrics.Score(q, results.Hits.Select(h => h.Id).ToList());
        }).ToList();
    }

    /// <summary>The rankings in TREC run format: <c>qid Q0 doc rank score tag</c>.</summary>
    public static string TrecRun(IReadOnlyList<QueryScores> scores, string tag = "fundus")
    {
        ArgumentNullException.ThrowIfNull(scores);
        var run = new StringBuilder();
        foreach (var query in scores)
        {
            for (var rank = 0; rank < query.Ranking.Count; rank++)
            {
                run.Append(CultureInfo.InvariantCulture, $"{query.QueryId} Q0 {query.Ranking[rank]} {rank + 1} {query.Ranking.Count - rank} {tag}\n");
            }
        }

        return run.ToString();
    }
}
