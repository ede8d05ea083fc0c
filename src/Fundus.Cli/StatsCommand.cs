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
        command.SetAction(parse => FundusCommandLine.Guard(() =>
        {
            using var engine = FundusEngine.Open(FundusCommandLine.Options(parse));
            var stats = engine.Stats();
            Console.WriteLine($"data directory:    {stats.DataDirectory}");
            Console.WriteLine($"articles:          {stats.Articles}");
            Console.WriteLine($"indexed documents: {stats.IndexedDocuments}");
            Console.WriteLine($"store sequence:    {stats.StoreSequence}");
            Console.WriteLine($"index sequence:    {stats.IndexSequence} ({stats.IndexLag} behind)");
            Console.WriteLine($"index maintained:  {(stats.MaintainsIndex ? "by this process" : "by a running server")}");
            Console.WriteLine($"store integrity:   {stats.StoreIntegrity}");
            return string.Equals(stats.StoreIntegrity, "ok", StringComparison.Ordinal) ? 0 : 1;
        }));
        return command;
    }
}
