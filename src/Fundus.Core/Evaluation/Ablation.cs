using Fundus.Analysis;
using Fundus.Querying;

namespace Fundus.Evaluation;

/// <summary>The measures of one configuration of the German chain.</summary>
public sealed record AblationRow(string Variant, double MeanNdcg10, double MinNdcg10, double MeanRecall10, double MeanReciprocalRank);

/// <summary>
/// What each stage of the German chain is worth: indexes the articles of an engine again with one stage switched
/// off at a time, in a scratch data directory, and measures the judged queries for each.
/// </summary>
public static class Ablation
{
    public static IReadOnlyList<(string Name, FundusOptions Options)> Variants(string dataDirectory) =>
    [
        ("all stages", new FundusOptions { DataDirectory = dataDirectory }),
        ("without stemming", new FundusOptions { DataDirectory = dataDirectory, Analysis = new GermanAnalysisOptions { Stemming = false } }),
        ("without compounds", new FundusOptions { DataDirectory = dataDirectory, Analysis = new GermanAnalysisOptions { Compounds = false } }),
        ("without gender forms", new FundusOptions { DataDirectory = dataDirectory, Analysis = new GermanAnalysisOptions { GenderForms = false } }),
        ("without place names", new FundusOptions { DataDirectory = dataDirectory, Analysis = new GermanAnalysisOptions { PlaceNames = false } }),
        ("without synonyms", new FundusOptions { DataDirectory = dataDirectory, Query = new QueryOptions { Synonyms = false } }),
        ("without fuzzy", new FundusOptions { DataDirectory = dataDirectory, Query = new QueryOptions { Fuzzy = false } }),
        ("plain (all off)", new FundusOptions
        {
            DataDirectory = dataDirectory,
            Analysis = new GermanAnalysisOptions { Stemming = false, Compounds = false, GenderForms = false, PlaceNames = false },
            Query = new QueryOptions { Synonyms = false, Fuzzy = false },
        }),
    ];

    public static IReadOnlyList<AblationRow> Run(FundusEngine source, IReadOnlyList<JudgedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(source);
        var articles = source.Store.ChangesSince(0, int.MaxValue).Where(c => c.Article is not null).Select(c => c.Article!).ToList();
        var rows = new List<AblationRow>();
        foreach (var (name, options) in Variants(string.Empty))
        {
            var scratch = Path.Combine(Path.GetTempPath(), "fundus-ablation-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var engine = FundusEngine.Open(options with { DataDirectory = scratch });
                engine.Store.Upsert(articles);
                engine.Index.CatchUp();
                var scores = RelevanceEvaluator.Evaluate(engine, queries);
                rows.Add(new AblationRow(
                    name,
                    scores.Average(s => s.Ndcg10),
                    scores.Min(s => s.Ndcg10),
                    scores.Average(s => s.Recall10),
                    scores.Average(s => s.ReciprocalRank)));
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return rows;
    }
}
