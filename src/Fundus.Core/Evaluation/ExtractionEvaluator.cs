using System.Globalization;
using Fundus.Enrichment;

namespace Fundus.Evaluation;

/// <summary>Precision, recall and F1 of one field, with what was missed and what was wrongly found.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Misses)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Compares extracted authors, format and places with gold metadata:
/// <c>doc&lt;TAB&gt;authors (;)&lt;TAB&gt;format&lt;TAB&gt;places (;)</c>, <c>-</c> for none, a leading <c>?</c> for a value
/// that is neither right nor wrong to predict. The doc number is the teaser's line among the teasers (1-based,
/// headings skipped), by default those of the built-in seed.
/// </summary>
public static class ExtractionEvaluator
{
    public static IReadOnlyList<FieldScore> Evaluate(ArticleEnricher enricher, IReadOnlyList<string> teasers, string goldPath)
    {
        ArgumentNullException.ThrowIfNull(enricher);
        ArgumentNullException.ThrowIfNull(teasers);
        var tallies = new Dictionary<string, (int Tp, int Fp, int Fn, List<string> Misses)>
        {
            [ArticleFields.Authors] = (0, 0, 0, []),
            [ArticleFields.Format] = (0, 0, 0, []),
            [ArticleFields.Places] = (0, 0, 0, []),
        };

        foreach (var line in File.ReadLines(goldPath).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            var doc = int.Parse(columns[0], CultureInfo.InvariantCulture);
            if (doc < 1 || doc > teasers.Count)
            {
                throw new FormatException($"{goldPath}: doc {doc} is not among the {teasers.Count} teasers.");
            }

            var enriched = enricher.Enrich(new Article { Id = "gold-" + doc, Teaser = teasers[doc - 1] }).Article;
            Score(tallies, ArticleFields.Authors, doc, columns[1], enriched.Authors);
            Score(tallies, ArticleFields.Format, doc, columns[2], enriched.Format is null ? [] : [enriched.Format]);
            Score(tallies, ArticleFields.Places, doc, columns[3], enriched.Places);
        }

        return tallies.Select(t => new FieldScore(t.Key, t.Value.Tp, t.Value.Fp, t.Value.Fn, t.Value.Misses)).ToList();
    }

    private static void Score(Dictionary<string, (int Tp, int Fp, int Fn, List<string> Misses)> tallies, string field, int doc, string gold, IReadOnlyList<string> predicted)
    {
        var values = gold.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(v => v != "-").ToList();
        var required = values.Where(v => !v.StartsWith('?')).ToHashSet(StringComparer.Ordinal);
        var optional = values.Where(v => v.StartsWith('?')).Select(v => v[1..]).ToHashSet(StringComparer.Ordinal);
        var (tp, fp, fn, misses) = tallies[field];
        foreach (var value in predicted)
        {
            if (required.Contains(value))
            {
                tp++;
            }
            else if (!optional.Contains(value))
            {
                fp++;
                misses.Add($"doc {doc}: wrongly found {field} '{value}'");
            }
        }

        foreach (var value in required.Where(r => !predicted.Contains(r)))
        {
            fn++;
            misses.Add($"doc {doc}: missed {field} '{value}'");
        }

        tallies[field] = (tp, fp, fn, misses);
    }
}
