using System.CommandLine;
using System.Diagnostics;

namespace Fundus.Cli;

internal static class ReindexCommand
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(2);

    public static Command Create()
    {
        var command = new Command(
            "reindex",
            """
            Rebuild the index from the store into a new directory and switch over atomically; searches keep working.
            With a server running on the same data directory, the server does the rebuild.
            Example: fundus reindex --data ./fundus-data
            """);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output => Run(FundusCommandLine.Options(parse), output)));
        return command;
    }

    private static int Run(FundusOptions options, CommandOutput output)
    {
        using var engine = FundusEngine.Open(options);
        var clock = Stopwatch.StartNew();
        if (engine.Index.IsWriter)
        {
            var count = engine.Index.Rebuild();
            output.Out.WriteLine($"Rebuilt the index: {count} articles in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }

        // Another process owns the index: leave it a request and wait until it switches generations.
        var layout = engine.Index.Layout;
        var before = layout.CurrentGeneration;
        File.WriteAllText(layout.RebuildRequestFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Out.WriteLine("A running Fundus server maintains the index; it rebuilds it now. Waiting…");
        while (clock.Elapsed < MaxWait)
        {
            Thread.Sleep(200);
            if (!File.Exists(layout.RebuildRequestFile) && layout.CurrentGeneration != before)
            {
                output.Out.WriteLine($"Rebuilt the index in {clock.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            }
        }

        output.Error.WriteLine("fundus: the server did not finish the rebuild in time; see its log.");
        return 1;
    }
}
