using System.CommandLine;
using Fundus.Importing;
using Spectre.Console;

namespace Fundus.Cli;

internal static class ImportCommand
{
    private const int ShownProblems = 50;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files to import: teaser text (one teaser per line), JSON Lines (.jsonl) or CSV with a header row.",
        };
        var command = new Command(
            "import",
            """
            Import articles into the store; the index follows. Re-importing the same input changes nothing.
            Example: fundus import archiv.jsonl teaser.txt --data ./fundus-data
            """);
        command.Arguments.Add(paths);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output => Run(FundusCommandLine.Options(parse), parse.GetValue(paths)!, output)));
        return command;
    }

    private static int Run(FundusOptions options, string[] paths, CommandOutput output)
    {
        using var engine = FundusEngine.Open(options);
        ImportReport report;
        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            report = null!;
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Importing", maxValue: 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.Description = Path.GetFileName(p.Source);
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = Math.Min(p.BytesRead, task.MaxValue);
                });
                report = engine.Import(paths, progress);
                task.Value = task.MaxValue;
            });
        }
        else
        {
            report = engine.Import(paths);
        }

        foreach (var problem in report.Problems.Take(ShownProblems))
        {
            output.Error.WriteLine(problem);
        }

        if (report.Problems.Count > ShownProblems)
        {
            output.Error.WriteLine($"… and {report.Problems.Count - ShownProblems} more problems.");
        }

        output.Out.WriteLine(report.Summary + ".");
        if (!engine.Index.IsWriter)
        {
            output.Out.WriteLine("A running Fundus server maintains the index; it makes the new articles searchable within a second.");
        }

        return report.HasRejections ? 1 : 0;
    }
}
