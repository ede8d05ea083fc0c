using Fundus.Analysis;

namespace Fundus.Tests.Analysis;

/// <summary>Streams every case of <c>german-analysis.tsv</c> through the German chain (format in the file's header).</summary>
public sealed class GermanAnalysisTableTests
{
    private static readonly GermanTextAnalyzer Index = new();
    private static readonly GermanTextAnalyzer Query = new(forQueries: true);

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Analysis", "german-analysis.tsv")))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var columns = text.Split('\t');
            data.Add(line, columns[0], columns[1], columns.Length > 2 ? columns[2] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void German_analysis_cases_hold(int line, string input, string relation, string expected)
    {
        var terms = Terms(input);
        var listed = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var because = $"line {line}: {input} {relation} {expected}; got [{string.Join(' ', terms)}]";
        switch (relation)
        {
            case "same":
                Assert.True(terms.SetEquals(Terms(expected)), because);
                break;
            case "has":
                Assert.True(listed.All(terms.Contains), because);
                break;
            case "lacks":
                Assert.True(!listed.Any(terms.Contains), because);
                break;
            case "differ":
                Assert.True(!terms.Overlaps(Terms(expected)), because);
                break;
            case "=":
                Assert.True(terms.SetEquals(listed), because);
                break;
            default:
                Assert.Fail($"line {line}: unknown relation '{relation}'");
                break;
        }
    }

    [Fact]
    public void The_table_covers_a_few_hundred_cases() => Assert.True(Cases().Count() >= 180);

    private static HashSet<string> Terms(string input) =>
        AnalyzedText.Terms(input.StartsWith('?') ? Query : Index, ArticleFields.Teaser, input.TrimStart('?'));
}
