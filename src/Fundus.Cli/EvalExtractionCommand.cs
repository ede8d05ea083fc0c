using System.CommandLine;
using System.Globalization;
using Fundus.Analysis;
using Fundus.Enrichment;
using Fundus.Evaluation;
using Fundus.Importing;

namespace Fundus.Cli;

internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var gold = new Argument<FileInfo>("GOLD") { Description = "Gold metadata: doc<TAB>authors<TAB>format<TAB>places (see docs/extraction.md)." }.AcceptExistingOnly();
        var teasers = new Option<string?>("--teasers") { Description = "Teaser text file the doc numbers refer to (default: the built-in seed).", HelpName = "FILE" };
        var command = new Command(
            "eval-extraction",
            """
            Measure metadata extraction: precision, recall and F1 of authors, format and places against gold, with the misses.
            Example: fundus eval-extraction ../shared/eval/seed-entities.tsv
            """);
        command.Arguments.Add(gold);
        command.Options.Add(teasers);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            var path = parse.GetValue(gold)!.FullName;
            var texts = parse.GetValue(teasers) is { } file ? ReadTeasers(file) : Seed.SeedData.Teasers();
            using var analyzer = new GermanTextAnalyzer();
            var enricher = new ArticleEnricher(GermanLexicon.Default, Gazetteer.Default, analyzer);
            var scores = ExtractionEvaluator.Evaluate(enricher, texts, path);
            output.Out.WriteLine("field\tprecision\trecall\tF1\tTP\tFP\tFN");
            foreach (var s in scores)
            {
                output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Field}\t{s.Precision:0.000}\t{s.Recall:0.000}\t{s.F1:0.000}\t{s.TruePositives}\t{s.FalsePositives}\t{s.FalseNegatives}"));
            }

            foreach (var miss in scores.SelectMany(s => s.Misses))
            {
                output.Out.WriteLine(miss);
            }

            return 0;
        }));
        return command;
    }

    private static List<string> ReadTeasers(string file)
    {
        var (reader, _) = TextFileDecoder.Open(file);
        using (reader)
        {
            return new TeaserTextReader().Read(reader, file).Where(r => r.Article is not null).Select(r => r.Article!.Teaser).ToList();
        }
    }
}
