using System.CommandLine;
using System.Globalization;
using Fundus.Evaluation;

namespace Fundus.Cli;

internal static class EvalCommand
{
    public static Command Create()
    {
        var judgments = new Argument<FileInfo>("QRELS") { Description = "Judgments: qid<TAB>query<TAB>doc:grade … (numeric docs are seed teasers)." }.AcceptExistingOnly();
        var ablation = new Option<bool>("--ablation") { Description = "Also measure the chain with each German stage switched off in turn." };
        var run = new Option<string?>("--run") { Description = "Also write the rankings as a TREC run file.", HelpName = "OUT.trec" };
        var command = new Command(
            "eval",
            """
            Measure search quality: runs every judged query and prints nDCG@10, recall@10 and MRR per query and their means.
            Example: fundus eval ../shared/eval/seed-qrels.tsv --run seed.trec --ablation
            """);
        command.Arguments.Add(judgments);
        command.Options.Add(run);
        command.Options.Add(ablation);
        command.SetAction(parse => FundusCommandLine.Guard(parse, output =>
        {
            var path = parse.GetValue(judgments)!.FullName;
            using var engine = FundusEngine.Open(FundusCommandLine.Options(parse));
            engine.ImportSeedIfEmpty();
            var scores = RelevanceEvaluator.Evaluate(engine, RelevanceJudgments.Read(path));
            output.Out.WriteLine("qid\tnDCG@10\trecall@10\tRR\tquery");
            foreach (var s in scores)
            {
                output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.QueryId}\t{s.Ndcg10:0.000}\t{s.Recall10:0.000}\t{s.ReciprocalRank:0.000}\t{s.Query}"));
            }

            output.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"mean\t{scores.Average(s => s.Ndcg10):0.000}\t{scores.Average(s => s.Recall10):0.000}\t{scores.Average(s => s.ReciprocalRank):0.000}\t({scores.Count} queries)"));
            if (parse.GetValue(run) is { } runPath)
            {
                File.WriteAllText(runPath, RelevanceEvaluator.TrecRun(scores));
            }

            if (parse.GetValue(ablation))
            {
                output.Out.WriteLine();
                output.Out.WriteLine("| variant | mean nDCG@10 | min nDCG@10 | mean recall@10 | MRR |");
                output.Out.WriteLine("|---|---:|---:|---:|---:|");
                foreach (var row in Ablation.Run(engine, RelevanceJudgments.Read(path)))
                {
                    output.Out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {row.Variant} | {row.MeanNdcg10:0.000} | {row.MinNdcg10:0.000} | {row.MeanRecall10:0.000} | {row.MeanReciprocalRank:0.000} |"));
                }
            }

            return 0;
        }));
        return command;
    }
}
