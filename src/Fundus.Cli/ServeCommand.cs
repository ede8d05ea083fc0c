using System.CommandLine;
using Fundus.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Fundus.Cli;

internal static class ServeCommand
{
    public const int DefaultPort = 5000;

    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = $"Serve on http://localhost:PORT (default {DefaultPort}).", HelpName = "PORT" };
        var urls = new Option<string[]>("--urls")
        {
            Description = "Addresses to listen on, e.g. http://0.0.0.0:8080 (overrides --port).",
            AllowMultipleArgumentsPerToken = true,
        };
        var queryLogDays = new Option<int?>("--query-log-days")
        {
            Description = "Days the aggregated query statistics are kept (default 30; 0 keeps none). No IP address or user is ever stored.",
            HelpName = "DAYS",
        };
        var command = new Command(
            "serve",
            """
            Serve the search page and the JSON API. An empty data directory is filled with the built-in demo articles.
            Example: fundus serve --port 8080
            """);
        command.Options.Add(port);
        command.Options.Add(urls);
        command.Options.Add(queryLogDays);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            var addresses = parse.GetValue(urls) is { Length: > 0 } given ? given : [$"http://localhost:{parse.GetValue(port) ?? DefaultPort}"];
            var options = FundusCommandLine.Options(parse);
            if (parse.GetValue(queryLogDays) is { } days)
            {
                options = options with { QueryLogRetentionDays = Math.Max(0, days) };
            }

            var app = FundusWebApp.Build(options, addresses);
            app.Lifetime.ApplicationStarted.Register(() =>
                output.Out.WriteLine($"Fundus serves the search at {string.Join(", ", app.Urls)}/ (data: {FundusCommandLine.Options(parse).DataDirectory})"));
            app.Run();
            return 0;
        }));
        return command;
    }
}
