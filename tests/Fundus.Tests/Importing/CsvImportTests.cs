using Fundus.Importing;

namespace Fundus.Tests.Importing;

public sealed class CsvImportTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public void Csv_with_semicolons_quoted_cells_and_list_values_imports_every_field()
    {
        var csv = """
            id;Teaser;authors;format;published;places
            c1;"Die Stadt Linz führt einen KI-Kompass ein; er hilft den Mitarbeitenden.";Ulrike Huemer|Max Muster;Werkstattbericht;2024-05-31;Linz
            c2;"Ein Teaser
            über zwei Zeilen in Regensburg.";;Standpunkt;;Regensburg|Bayern
            """;
        using var engine = _data.OpenEngine();

        var report = engine.Import([_data.File("artikel.csv", csv)]);

        Assert.Equal(2, report.Created);
        Assert.Empty(report.Problems);
        var first = engine.Store.Get("c1")!;
        Assert.Equal(["Ulrike Huemer", "Max Muster"], first.Authors);
        Assert.Equal(new DateOnly(2024, 5, 31), first.Published);
        Assert.EndsWith("er hilft den Mitarbeitenden.", first.Teaser, StringComparison.Ordinal);
        Assert.Equal(["Regensburg", "Bayern"], engine.Store.Get("c2")!.Places);
    }

    [Fact]
    public void A_csv_row_without_teaser_is_rejected_with_its_line()
    {
        var csv = "id,teaser\nc1,Die Stadt Linz führt einen KI-Kompass ein.\nc2,\n";
        using var engine = _data.OpenEngine();

        var report = engine.Import([_data.File("artikel.csv", csv)]);

        Assert.Equal(1, report.Created);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ProblemKind.Rejected, 3L), (problem.Kind, problem.Line));
    }

    [Fact]
    public void A_csv_without_teaser_column_is_rejected_as_a_whole()
    {
        using var engine = _data.OpenEngine();

        var report = engine.Import([_data.File("artikel.csv", "id,titel\n1,Hallo\n")]);

        Assert.Equal(0, report.Created);
        Assert.Contains("no 'teaser' column", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("daten.txt", "{\"teaser\":\"x\"}", ImportFormat.JsonLines)]
    [InlineData("daten", "id;teaser;authors", ImportFormat.Csv)]
    [InlineData("daten.txt", "Erweiterte Suche", ImportFormat.TeaserText)]
    [InlineData("daten.jsonl", "anything", ImportFormat.JsonLines)]
    [InlineData("daten.csv", "anything", ImportFormat.Csv)]
    public void The_format_is_chosen_by_extension_then_by_content(string name, string firstLine, ImportFormat expected) =>
        Assert.Equal(expected, ImportFormatDetector.Detect(name, firstLine));

    public void Dispose() => _data.Dispose();
}
