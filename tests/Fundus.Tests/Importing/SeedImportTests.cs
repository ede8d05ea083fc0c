using Fundus.Importing;

namespace Fundus.Tests.Importing;

public sealed class SeedImportTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Seed_import_gives_66_articles_and_skips_the_heading()
    {
        using var engine = _data.OpenEngine();

        var report = engine.Import([SeedFile.CopyInto(_data)]);

        Assert.Equal(SeedFile.TeaserCount, report.Created);
        var skipped = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.Skipped, skipped.Kind);
        Assert.Equal(1, skipped.Line);
        Assert.Contains("Erweiterte Suche", skipped.Message, StringComparison.Ordinal);
        Assert.Equal(SeedFile.TeaserCount, engine.Store.Count());
    }

    [Fact]
    public void Seed_articles_carry_no_invented_title_date_or_metadata()
    {
        using var engine = _data.OpenEngine();
        engine.Import([SeedFile.CopyInto(_data)]);

        var articles = engine.Store.ChangesSince(0, 100).Select(c => c.Article!).ToList();

        Assert.All(articles, a =>
        {
            Assert.Null(a.Title);
            Assert.Null(a.Published);
            Assert.Null(a.Body);
        });
    }

    [Fact]
    public void Re_importing_the_seed_changes_nothing()
    {
        using var engine = _data.OpenEngine();
        var path = SeedFile.CopyInto(_data);
        engine.Import([path]);
        var sequence = engine.Store.LastSequence();

        var again = engine.Import([path]);

        Assert.Equal(0, again.Created + again.Updated);
        Assert.Equal(SeedFile.TeaserCount, again.Unchanged);
        Assert.Equal(sequence, engine.Store.LastSequence());
        Assert.Equal(SeedFile.TeaserCount, engine.Store.Count());
    }

    [Fact]
    public void An_empty_data_directory_gets_the_built_in_seed_once()
    {
        using var engine = _data.OpenEngine();

        var first = engine.ImportSeedIfEmpty();
        var second = engine.ImportSeedIfEmpty();

        Assert.Equal(SeedFile.TeaserCount, first!.Created);
        Assert.Null(second);
        Assert.Equal(SeedFile.TeaserCount, engine.Search(new() { Size = 1 }).Total);
    }

    public void Dispose() => _data.Dispose();
}
