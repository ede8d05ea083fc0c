using System.CommandLine;

namespace Fundus.Cli;

internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command(
            "stats",
            """
            Show what the data directory holds: articles, change sequences of store and index, store integrity.
            Example: fundus stats --data ./fundus-data
            """);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            using var engine = FundusEngine.Open(FundusCommandLine.Options(parse));
            var stats = engine.Stats();
            output.Out.WriteLine($"data directory:    {stats.DataDirectory}");
            output.Out.WriteLine($"articles:          {stats.Articles}");
            output.Out.WriteLine($"indexed documents: {stats.IndexedDocuments}");
            output.Out.WriteLine($"store sequence:    {stats.StoreSequence}");
            output.Out.WriteLine($"index sequence:    {stats.IndexSequence} ({stats.IndexLag} behind)");
            output.Out.WriteLine($"index maintained:  {(stats.MaintainsIndex ? "by this process" : "by a running server")}");
            output.Out.WriteLine($"store integrity:   {stats.StoreIntegrity}");
            return string.Equals(stats.StoreIntegrity, "ok", StringComparison.Ordinal) ? 0 : 1;
        }));
        return command;
    }
}
