using System.CommandLine;
using Fundus.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

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
    public static IEnumerable<string> Describe(GermanTextAnalyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(ArticleFields.Teaser, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var lines = new List<string>();
        var current = new List<string>();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 && current.Count > 0)
            {
                lines.Add(string.Join("  ", current));
                current.Clear();
            }

            current.Add(type.Type == TokenTypes.Word ? term.ToString() : $"{term} ({type.Type})");
        }

        stream.End();
        if (current.Count > 0)
        {
            lines.Add(string.Join("  ", current));
        }

        return lines;
    }
}
