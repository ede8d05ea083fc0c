namespace Fundus.Evaluation;

/// <summary>The measures of one ranked list against judgments.</summary>
public sealed record QueryScores(string QueryId, string Query, double Ndcg10, double Recall10, double ReciprocalRank, IReadOnlyList<string> Ranking);

/// <summary>nDCG@k (exponential gain, log2 discount), recall@k and reciprocal rank, as TREC tools compute them.</summary>
public static class RelevanceMetrics
{
    public const int Depth = 10;

    public static QueryScores Score(JudgedQuery judged, IReadOnlyList<string> ranking)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(ranking);
        var top = ranking.Take(Depth).ToList();
        var dcg = top.Select((id, i) => Gain(judged.Grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = judged.Grades.Values.Where(g => g > 0).OrderDescending().Take(Depth)
            .Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        var relevant = judged.Grades.Count(g => g.Value > 0);
        var found = top.Count(id => judged.Grades.GetValueOrDefault(id) > 0);
        var firstRelevant = -1;
        for (var i = 0; i < ranking.Count && firstRelevant < 0; i++)
        {
            firstRelevant = judged.Grades.GetValueOrDefault(ranking[i]) > 0 ? i : -1;
        }

        return new QueryScores(
            judged.Id,
            judged.Query,
            ideal == 0 ? 0 : dcg / ideal,
            relevant == 0 ? 0 : (double)found / relevant,
            firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1),
            ranking);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
