using BenchmarkDotNet.Attributes;
using Fundus.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Fundus.Bench;

/// <summary>Time and allocation to analyze the 66 seed teasers, per chain. Each benchmark returns its term count, checked in setup.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly GermanTextAnalyzer _german = new();
    private readonly StandardAnalyzer _standard = new(GermanTextAnalyzer.Version);
    private IReadOnlyList<string> _teasers = [];

    [GlobalSetup]
    public void Setup()
    {
        _teasers = Fundus.Seed.SeedData.Teasers();
        if (German() <= Standard())
        {
            throw new InvalidOperationException("the German chain should add terms (parts, forms) to the standard ones");
        }
    }

    [Benchmark]
    public int German() => Count(_german);

    [Benchmark(Baseline = true)]
    public int Standard() => Count(_standard);

    private int Count(Analyzer analyzer)
    {
        var terms = 0;
        foreach (var teaser in _teasers)
        {
            using var stream = analyzer.GetTokenStream(ArticleFields.Teaser, teaser);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return terms;
    }
}
