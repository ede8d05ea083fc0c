using Fundus.Evaluation;

namespace Fundus.Tests.Evaluation;

public sealed class SeedRelevanceTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Seed_judgments_reach_the_relevance_targets()
    {
        using var engine = _data.OpenEngine();
        engine.ImportSeedIfEmpty();

        var scores = RelevanceEvaluator.Evaluate(engine, RelevanceJudgments.Read(Path.Combine(AppContext.BaseDirectory, "Evaluation", "seed-qrels.tsv")));

        var report = string.Join("; ", scores.Select(s => $"{s.QueryId} {s.Ndcg10:0.000}"));
        Assert.True(scores.Average(s => s.Ndcg10) >= 0.90, $"mean nDCG@10 below 0.90: {report}");
        Assert.True(scores.All(s => s.Ndcg10 >= 0.60), $"a query below 0.60: {report}");
    }

    [Fact]
    public void Metrics_follow_their_definitions()
    {
        var judged = new JudgedQuery("q", "x", new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 });

        var perfect = RelevanceMetrics.Score(judged, ["a", "b", "c"]);
        var swapped = RelevanceMetrics.Score(judged, ["c", "b", "a"]);

        Assert.Equal(1.0, perfect.Ndcg10, 6);
        Assert.Equal(1.0, perfect.ReciprocalRank);
        Assert.Equal(0.5, swapped.ReciprocalRank);
        Assert.Equal(1.0, swapped.Recall10);
        // DCG = 1/log2(3) + 3/log2(4); ideal = 3/log2(2) + 1/log2(3).
        Assert.Equal((1 / Math.Log2(3) + 3 / 2.0) / (3 + 1 / Math.Log2(3)), swapped.Ndcg10, 6);
    }

    public void Dispose() => _data.Dispose();
}
