using Fundus.Importing;

namespace Fundus.Tests.Importing;

/// <summary>Bad input gets a clear message with file and line, and the rest still imports.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodLine = """{"id":"ok-1","teaser":"Die Stadt Linz führt einen KI-Kompass ein."}""";
    private const string OtherGoodLine = """{"id":"ok-2","teaser":"Regensburg setzt auf klare Ziele bei der Verwaltungsdigitalisierung."}""";

    private readonly TempDataDirectory _data = new();

    private ImportReport Import(params string[] paths)
    {
        using var engine = _data.OpenEngine();
        return engine.Import(paths);
    }

    [Fact]
    public void Malformed_JSON_is_rejected_with_its_line_and_the_rest_imports()
    {
        var path = _data.File("a.jsonl", $"{GoodLine}\n{{\"id\": \"broken\", \"teaser\": \n{OtherGoodLine}\n");

        var report = Import(path);

        Assert.Equal(2, report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ProblemKind.Rejected, 2L), (problem.Kind, problem.Line));
        Assert.StartsWith("a.jsonl:2: rejected: malformed JSON", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_ignored_with_a_warning()
    {
        var path = _data.File("a.jsonl", """{"id":"x","teaser":"Ein Teaser über Smart Cities und Kommunen.","rubrik":"Meinung"}""" + "\n");

        var report = Import(path);

        Assert.Equal(1, report.Created);
        var warning = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.Warning, warning.Kind);
        Assert.Contains("'rubrik'", warning.Message, StringComparison.Ordinal);
        Assert.False(report.HasRejections);
    }

    [Fact]
    public void An_article_without_teaser_is_rejected()
    {
        var path = _data.File("a.jsonl", $"{{\"id\":\"no-teaser\",\"title\":\"Nur ein Titel\"}}\n{GoodLine}\n");

        var report = Import(path);

        Assert.Equal(1, report.Created);
        Assert.Contains(report.Problems, p => p is { Kind: ProblemKind.Rejected, Line: 1 } && p.Message.Contains("missing teaser", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_over_one_megabyte_is_rejected_and_the_next_line_imports()
    {
        var huge = $"{{\"id\":\"huge\",\"teaser\":\"{new string('x', BoundedLineReader.DefaultMaxLineChars + 10)}\"}}";
        var path = _data.File("a.jsonl", $"{huge}\n{GoodLine}\n");

        var report = Import(path);

        Assert.Equal(1, report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ProblemKind.Rejected, 1L), (problem.Kind, problem.Line));
        Assert.Contains("longer than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_line_is_reported_as_truncated()
    {
        var path = _data.File("a.jsonl", $"{GoodLine}\n{{\"id\":\"cut\",\"teaser\":\"Die Stadt Le");

        var report = Import(path);

        Assert.Equal(1, report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("truncated", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_last_line_without_line_end_imports()
    {
        var path = _data.File("a.jsonl", $"{GoodLine}\n{OtherGoodLine}");

        var report = Import(path);

        Assert.Equal(2, report.Created);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var report = Import(_data.File("empty.jsonl", string.Empty));

        var problem = Assert.Single(report.Problems);
        Assert.Contains("empty file", problem.Message, StringComparison.Ordinal);
        Assert.True(report.HasRejections);
    }

    [Fact]
    public void A_directory_is_reported_and_the_other_files_still_import()
    {
        var good = _data.File("good.jsonl", GoodLine + "\n");
        var directory = Path.GetDirectoryName(good)!;

        var report = Import(directory, good);

        Assert.Equal(1, report.Created);
        Assert.Contains(report.Problems, p => p.Message.Contains("is a directory", StringComparison.Ordinal) && p.Source == directory);
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_other_files_still_import()
    {
        var good = _data.File("good.jsonl", GoodLine + "\n");
        var missing = _data.FilePath("nirgends.jsonl");

        var report = Import(missing, good);

        Assert.Equal(1, report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal($"{missing}: rejected: no such file", problem.ToString());
    }

    [Fact]
    public void A_lone_surrogate_is_rejected_and_the_rest_imports()
    {
        // Valid JSON, but \ud800 is half of a UTF-16 character, in a value and in a field name.
        var path = _data.File("a.jsonl", $$"""
            {"id":"halb","teaser":"Ein Teaser mit \ud800 darin."}
            {"id":"name","te\udc00aser":"Ein Teaser über Kommunen."}
            {{GoodLine}}

            """);

        var report = Import(path);

        Assert.Equal(1, report.Created);
        Assert.Equal([1L, 2L], report.Problems.Select(p => p.Line));
        Assert.All(report.Problems, p => Assert.Contains("half of a UTF-16 character", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"teaser":"Ein Teaser über die Verwaltung.","published":"31.05.2024"}""", "published '31.05.2024' is not a date")]
    [InlineData("""{"teaser":"Ein Teaser über die Verwaltung.","access":"geheim"}""", "access 'geheim' must be 'public' or 'subscriber'")]
    [InlineData("""{"teaser":"Ein Teaser über die Verwaltung.","authors":[1,2]}""", "field 'authors'")]
    [InlineData("""["kein", "Objekt"]""", "expected an article object")]
    public void Invalid_field_values_are_rejected_with_a_reason(string line, string reason)
    {
        var report = Import(_data.File("a.jsonl", line + "\n"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.Rejected, problem.Kind);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_is_derived_from_the_content_so_re_imports_do_not_duplicate()
    {
        var path = _data.File("a.jsonl", """{"teaser":"Ein Teaser ohne Kennung über Kommunen."}""" + "\n");
        using var engine = _data.OpenEngine();

        var first = engine.Import([path]);
        var second = engine.Import([path]);

        Assert.Equal(1, first.Created);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(1, engine.Store.Count());
    }

    public void Dispose() => _data.Dispose();
}
