using System.CommandLine;

namespace Fundus.Cli;

/// <summary>The <c>fundus</c> command and its subcommands; each lives in its own file.</summary>
public static class FundusCommandLine
{
    /// <summary><c>--data DIR</c>, on every command.</summary>
    public static Option<string?> DataOption { get; } = new("--data")
    {
        Description = $"The data directory (default: ${FundusOptions.DataEnvironmentVariable}, else ./{FundusOptions.DefaultDataDirectory}).",
        HelpName = "DIR",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand(
            """
            Fundus: search for archives of German-language articles.
            Start with `fundus serve` (an empty data directory gets the built-in demo articles),
            then open the address it prints.
            """);
        root.Options.Add(DataOption);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(EvalExtractionCommand.Create());
        return root;
    }

    public static FundusOptions Options(ParseResult parse) =>
        new() { DataDirectory = FundusOptions.ResolveDataDirectory(parse.GetValue(DataOption)) };

    /// <summary>Runs a command body; a failure to open or write the data directory is a message, not a stack trace.</summary>
    public static int Guard(ParseResult parse, Func<CommandOutput, int> body)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var output = new CommandOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        try
        {
            return body(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            output.Error.WriteLine($"fundus: {e.Message}");
            return 1;
        }
    }
}

/// <summary>Where a command writes: the invocation's output and error writers (the console, or a test's).</summary>
public sealed record CommandOutput(TextWriter Out, TextWriter Error)
{
}
