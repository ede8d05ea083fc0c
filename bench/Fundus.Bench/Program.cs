using BenchmarkDotNet.Running;
using Fundus.Bench;

// fundus-bench index-throughput --corpus FILE [--docs N] [--runs R] [--json FILE]  in-run comparison, German chain vs StandardAnalyzer
// fundus-bench import-floor --corpus FILE --work DIR [--runs R] [--json FILE]  Fundus's bulk import against one into an index as simple as FTS5's
// fundus-bench analysis [BenchmarkDotNet options]                     allocation and time per teaser, per chain
// fundus-bench http --url BASE [--requests N]                         page and API latency of a running server
// fundus-bench http-load --url BASE --queries FILE [--clients 1,2,8] [--seconds S] [--json FILE]   concurrent HTTP load
// fundus-bench freshness --url BASE --key KEY --queries FILE [--writes N] [--json FILE]            write to searchable
// fundus-bench query-latency --data DIR --queries FILE [--passes P] [--repeats R] [--json FILE]   in-process search latency
return args.FirstOrDefault() switch
{
    "index-throughput" => IndexThroughput.Run(args[1..]),
    "import-floor" => ImportFloor.Run(args[1..]),
    "http" => HttpLatency.Run(args[1..]),
    "query-latency" => QueryLatency.Run(args[1..]),
    "http-load" => HttpLoad.Run(args[1..]),
    "freshness" => Freshness.Run(args[1..]),
    "analysis" => Summaries(BenchmarkRunner.Run<AnalysisBenchmarks>(args: args[1..])),
    _ => Usage(),
};

static int Summaries(BenchmarkDotNet.Reports.Summary summary) => summary.HasCriticalValidationErrors ? 1 : 0;

static int Usage()
{
    Console.Error.WriteLine("usage: fundus-bench index-throughput --corpus FILE [--docs N] [--runs R] | import-floor --corpus FILE --work DIR [--runs R] [--json FILE] | analysis | http --url BASE [--requests N] | query-latency --data DIR --queries FILE [--passes P] [--repeats R] [--json FILE] | http-load --url BASE --queries FILE [--clients 1,2,8] [--seconds S] [--json FILE] | freshness --url BASE --key KEY --queries FILE [--writes N] [--load-clients C] [--json FILE]");
    return 2;
}
