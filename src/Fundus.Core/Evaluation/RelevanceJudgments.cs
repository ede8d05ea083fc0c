using System.Globalization;
using Fundus.Seed;
using Fundus.Storage;

namespace Fundus.Evaluation;

/// <summary>One judged query: what to type and how relevant each article is (2 clearly, 1 partly).</summary>
public sealed record JudgedQuery(string Id, string Query, IReadOnlyDictionary<string, int> Grades);

/// <summary>
/// Reads relevance judgments: <c>qid&lt;TAB&gt;query&lt;TAB&gt;doc:grade doc:grade …</c>, lines starting with
/// <c>#</c> are comments. A numeric doc is the N-th teaser of the built-in seed (1-based), any other doc an
/// article id. Unlisted articles count as not relevant.
/// </summary>
public static class RelevanceJudgments
{
    public static IReadOnlyList<JudgedQuery> Read(string path)
    {
        var seedIds = SeedData.Teasers().Select(t => ArticleIdentity.DeriveId(null, t)).ToList();
        var queries = new List<JudgedQuery>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                throw new FormatException($"{path}:{number}: expected qid, query and judgments separated by tabs.");
            }

            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var judgment in columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = judgment.LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(judgment[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var grade))
                {
                    throw new FormatException($"{path}:{number}: '{judgment}' is not doc:grade.");
                }

                var doc = judgment[..colon];
                var id = int.TryParse(doc, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= seedIds.Count ? seedIds[n - 1] : doc;
                grades[id] = grade;
            }

            queries.Add(new JudgedQuery(columns[0], columns[1], grades));
        }

        return queries;
    }
}
