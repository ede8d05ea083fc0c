using Fundus.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace Fundus.Tests.Reliability;

/// <summary>
/// The index fails under Fundus's feet (random I/O errors, a full disk) while articles keep arriving: the store
/// never loses an acknowledged article, and once the faults stop the index catches up, agrees with the store
/// article by article, and Lucene's CheckIndex finds it clean.
/// </summary>
public sealed class IndexFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDataDirectory _data = new();

    /// <summary>Seeds run in CI; <c>FUNDUS_FAULT_SEEDS=500</c> runs more.</summary>
    public static TheoryData<int> Seeds()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("FUNDUS_FAULT_SEEDS"), out var n) ? n : 20;
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, count))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_io_faults_lose_no_acknowledged_article_and_the_index_recovers_clean(int seed)
    {
        var plan = new FaultPlan(seed, failureRate: 0.05);
        var faults = RunWithFaults(plan, batches: 12);

        output.WriteLine($"seed {seed}: {plan.Faults} injected faults, {faults} operations failed");
        Recover();
    }

    [Fact]
    public void A_full_disk_stops_indexing_and_after_space_is_freed_the_index_catches_up_clean()
    {
        var plan = new FaultPlan(seed: 7, failureRate: 0, diskBytes: 256 * 1024);
        var faults = RunWithFaults(plan, batches: 12);

        Assert.True(plan.Faults > 0, "the byte budget was never reached: the test did not fill the disk");
        output.WriteLine($"disk full after 256 KiB: {faults} operations failed");
        Recover();
    }

    /// <summary>Writes batches to the store (each acknowledged) and lets the index try to follow; returns failed index operations.</summary>
    private int RunWithFaults(FaultPlan plan, int batches)
    {
        var options = _data.Options with { IndexStorage = path => new FaultInjectingDirectory(FSDirectory.Open(path), plan) };
        var failed = 0;
        FundusEngine? engine = null;
        for (var attempt = 0; engine is null && attempt < 50; attempt++)
        {
            try
            {
                engine = FundusEngine.Open(options, new TestOutputLoggerFactory(output));
            }
            catch (Exception e) when (IsIndexFailure(e))
            {
                failed++;
            }
        }

        Assert.NotNull(engine);
        try
        {
            for (var batch = 0; batch < batches; batch++)
            {
                // The store is on its own file, not behind the faulty directory: every Upsert that returns is durable.
                engine.Store.Upsert([.. Enumerable.Range(0, 25).Select(i => Article(batch, i))]);
                if (batch % 4 == 3)
                {
                    engine.Store.Delete(Article(batch - 1, 0).Id);
                }

                try
                {
                    engine.Index.CatchUp();
                }
                catch (Exception e) when (IsIndexFailure(e))
                {
                    failed++;
                }
            }
        }
        finally
        {
            plan.Enabled = false;
            try
            {
                engine.Dispose();
            }
            catch (Exception e) when (IsIndexFailure(e))
            {
                failed++;
            }
        }

        return failed;
    }

    /// <summary>Opens the data directory without faults, as after a restart, and checks index against store.</summary>
    private void Recover()
    {
        using var engine = _data.OpenEngine();
        engine.Index.CatchUp();
        output.WriteLine($"recovered: writer {engine.Index.IsWriter}, index sequence {engine.Index.Sequence}, store sequence {engine.Store.LastSequence()}, generation {engine.Index.Layout.CurrentGeneration}");

        var report = IndexConsistency.Check(engine.Store, engine.Index);
        Assert.Equal(12 * 25 - 3, report.StoreArticles);
        Assert.True(report.Agree, $"missing {report.MissingFromIndex.Count}, extra {report.NotInStore.Count}, differing {report.ContentDiffers.Count}");

        var generation = engine.Index.Layout.CurrentGeneration!;
        using var directory = FSDirectory.Open(engine.Index.Layout.PathOf(generation));
        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.True(status.Clean, "CheckIndex found problems");
    }

    private static Article Article(int batch, int i) => new()
    {
        Id = $"b{batch}-{i}",
        Teaser = $"Meldung {batch}-{i}: Die Stadtverwaltung berichtet über Digitalisierung, Bürgerbeteiligung und Haushalt im Jahr {2000 + batch}.",
        Body = string.Join(' ', Enumerable.Repeat($"Absatz {i} über Verwaltung und Kommunen.", 20)),
    };

    private static bool IsIndexFailure(Exception e) =>
        e is IOException or ObjectDisposedException or InvalidOperationException || e.InnerException is IOException;

    public void Dispose() => _data.Dispose();
}
