using System.Text.Json;
using Fundus.Cli;

namespace Fundus.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var parse = FundusCommandLine.Build().Parse([.. args, "--data", _data.Path]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        parse.InvocationConfiguration.Output = output;
        parse.InvocationConfiguration.Error = error;
        var exit = parse.Invoke();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Import_prints_a_summary_and_reports_the_skipped_heading()
    {
        var (exit, output, error) = Run("import", SeedFile.CopyInto(_data));

        Assert.Equal(0, exit);
        Assert.Contains("66 imported, 0 updated, 0 unchanged, 1 skipped, 0 rejected", output, StringComparison.Ordinal);
        Assert.Contains(":1: skipped: not an article teaser", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_exits_non_zero_when_anything_was_rejected()
    {
        var file = _data.File("a.jsonl", "{\"teaser\": \"Die Stadt Linz führt einen KI-Kompass ein.\"}\nkaputt\n");

        var (exit, output, error) = Run("import", file);

        Assert.Equal(1, exit);
        Assert.Contains("1 imported", output, StringComparison.Ordinal);
        Assert.Contains("a.jsonl:2: rejected: malformed JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_finds_a_seed_teaser_and_prints_json_on_request()
    {
        Run("import", SeedFile.CopyInto(_data));

        var (exit, output, _) = Run("search", "Fehlerkultur", "--json", "--top", "3");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.Contains("Philipp Stolz", json.RootElement.GetProperty("hits")[0].GetProperty("teaser").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_and_stats_report_the_index_in_step_with_the_store()
    {
        Run("import", SeedFile.CopyInto(_data));

        var (reindexExit, reindexOut, _) = Run("reindex");
        var (statsExit, statsOut, _) = Run("stats");

        Assert.Equal(0, reindexExit);
        Assert.Contains("Rebuilt the index: 66 articles", reindexOut, StringComparison.Ordinal);
        Assert.Equal(0, statsExit);
        Assert.Contains("(0 behind)", statsOut, StringComparison.Ordinal);
        Assert.Contains("store integrity:   ok", statsOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_explains_each_command_with_an_example()
    {
        foreach (var command in new[] { "import", "search", "serve", "reindex", "stats" })
        {
            var (_, output, _) = Run(command, "--help");

            Assert.Contains("Example: fundus " + command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keys_are_created_once_listed_without_the_key_and_revoked()
    {
        var (created, key, note) = Run("keys", "create", "--name", "cms", "--role", "admin");
        var (_, listed, _) = Run("keys", "list");
        var (revoked, _, _) = Run("keys", "revoke", "cms");
        var (again, _, missing) = Run("keys", "revoke", "cms");
        var (duplicate, _, taken) = Run("keys", "create", "--name", "cms");

        Assert.Equal(0, created);
        Assert.StartsWith("fk_", key.Trim(), StringComparison.Ordinal);
        Assert.Contains("shown only now", note, StringComparison.Ordinal);
        Assert.Contains("cms\tadmin\tcreated", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), listed, StringComparison.Ordinal);
        Assert.Equal(0, revoked);
        Assert.Equal(1, again);
        Assert.Contains("no active key named 'cms'", missing, StringComparison.Ordinal);
        Assert.Equal(1, duplicate);
        Assert.Contains("exists already", taken, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
