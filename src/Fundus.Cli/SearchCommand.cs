using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Fundus.Querying;
using Fundus.Searching;
using Fundus.Storage;

namespace Fundus.Cli;

internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "What to search for, as a reader would type it." };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var explain = new Option<bool>("--explain") { Description = "Show why each hit scored as it did." };
        var top = new Option<int>("--top") { Description = "How many hits to show (1–100).", DefaultValueFactory = _ => 10, HelpName = "N" };
        var command = new Command(
            "search",
            """
            Search the articles in the data directory.
            Example: fundus search "Künstliche Intelligenz Verwaltung" --top 5
            """);
        command.Arguments.Add(query);
        command.Options.Add(json);
        command.Options.Add(top);
        command.Options.Add(explain);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
            Run(FundusCommandLine.Options(parse), parse.GetValue(query) ?? string.Empty, parse.GetValue(top), parse.GetValue(json), parse.GetValue(explain), output)));
        return command;
    }

    private static int Run(FundusOptions options, string query, int top, bool json, bool explain, CommandOutput output)
    {
        using var engine = FundusEngine.Open(options);
        SearchResults results;
        try
        {
            results = engine.Search(new SearchRequest { Query = query, Size = top, Explain = explain });
        }
        catch (QueryRejectedException e)
        {
            output.Error.WriteLine($"fundus: {e.Message}");
            return 2;
        }

        if (json)
        {
            output.Out.WriteLine(JsonSerializer.Serialize(results, ArticleJson.Options));
            return 0;
        }

        output.Out.WriteLine(results.Total == 1 ? "1 Treffer" : $"{results.Total} Treffer");
        if (results.Relaxed)
        {
            output.Out.WriteLine("Kein Artikel enthält alle Wörter; das sind die besten Teiltreffer.");
        }

        if (results.DidYouMean is { } suggestion)
        {
            output.Out.WriteLine($"Meinten Sie: {suggestion}?");
        }

        var rank = 0;
        foreach (var hit in results.Hits)
        {
            rank++;
            var meta = string.Join(" · ", new[] { hit.Format }.Concat(hit.Authors).Where(m => !string.IsNullOrEmpty(m)));
            output.Out.WriteLine($"{rank,3}. {hit.Id}  {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}{(meta.Length > 0 ? "  " + meta : string.Empty)}");
            output.Out.WriteLine($"     {Shorten(hit.Teaser, 200)}");
            if (hit.Explanation is { } why)
            {
                output.Out.WriteLine(why);
            }
        }

        return 0;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
