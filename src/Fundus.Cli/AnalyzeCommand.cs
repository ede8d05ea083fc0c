using System.CommandLine;
using Fundus.Analysis;

namespace Fundus.Cli;

/// <summary><c>fundus analyze TEXT</c>: shows the terms Fundus makes of a text, for editors checking a word.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "German text to analyze." };
        var command = new Command(
            "analyze",
            """
            Show the terms Fundus indexes and searches for a text: word forms, compound parts, gender forms.
            Example: fundus analyze "Bürger:innen fordern Verwaltungsdigitalisierung"
            """);
        command.Arguments.Add(text);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            using var analyzer = new GermanTextAnalyzer();
            foreach (var line in Describe(analyzer, parse.GetValue(text) ?? string.Empty))
            {
                output.Out.WriteLine(line);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>One line per position: the terms at it, each with its type.</summary>
    public static IEnumerable<string> Describe(GermanTextAnalyzer analyzer, string text) =>
        AnalyzedText.Positions(analyzer, ArticleFields.Teaser, text)
            .Select(p => string.Join("  ", p.Select(t => t.Type == TokenTypes.Word ? t.Text : $"{t.Text} ({t.Type})")));
}
