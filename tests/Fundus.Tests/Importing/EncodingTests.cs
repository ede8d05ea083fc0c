using System.Text;
using Fundus.Importing;

namespace Fundus.Tests.Importing;

/// <summary>Umlauts arrive intact whatever the encoding of the file.</summary>
public sealed class EncodingTests : IDisposable
{
    private const string Teaser = "Bürgerinnen und Bürger in Göttingen fordern mehr Straßenbeleuchtung – „jetzt“ für 5 €.";

    private readonly TempDataDirectory _data = new();

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "no BOM" },
        { "utf-8", "BOM" },
        { "utf-16", "BOM" },
        { "utf-16BE", "BOM" },
        { "windows-1252", "no BOM" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Teaser_text_round_trips_with_umlauts_intact(string encodingName, string bom)
    {
        var encoding = EncodingOf(encodingName);
        var bytes = (bom == "BOM" ? encoding.GetPreamble() : []).Concat(encoding.GetBytes("Erweiterte Suche\n" + Teaser + "\n")).ToArray();
        var path = _data.File("teaser.txt", bytes);
        using var engine = _data.OpenEngine();

        var report = engine.Import([path]);

        Assert.Equal(1, report.Created);
        var article = engine.Store.ChangesSince(0, 10).Single().Article!;
        Assert.Equal(Teaser, article.Teaser);
    }

    [Fact]
    public void A_latin1_file_does_not_turn_Buerger_into_replacement_characters()
    {
        var latin1 = Encoding.Latin1.GetBytes("""{"id":"l1","teaser":"Die Bürger in Köln und Düsseldorf größtenteils zufrieden."}""" + "\n");
        using var engine = _data.OpenEngine();

        engine.Import([_data.File("latin1.jsonl", latin1)]);

        var teaser = engine.Store.Get("l1")!.Teaser;
        Assert.Contains("Bürger", teaser, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', teaser);
    }

    [Fact]
    public void Detection_prefers_utf8_when_every_byte_is_valid_utf8()
    {
        var path = _data.File("u.txt", Encoding.UTF8.GetBytes("Grüße aus München"));

        Assert.Equal(Encoding.UTF8.WebName, TextFileDecoder.Detect(path).WebName);
    }

    [Fact]
    public void A_utf8_sequence_split_across_read_buffers_is_still_utf8()
    {
        // 65,535 ASCII bytes put the two bytes of 'ü' on both sides of the 64 KiB buffer boundary.
        var bytes = Encoding.UTF8.GetBytes(new string('a', (1 << 16) - 1) + "ü");
        var path = _data.File("split.txt", bytes);

        Assert.Equal(Encoding.UTF8.WebName, TextFileDecoder.Detect(path).WebName);
    }

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(false),
        "utf-16" => Encoding.Unicode,
        "utf-16BE" => Encoding.BigEndianUnicode,
        _ => TextFileDecoder.Windows1252,
    };

    public void Dispose() => _data.Dispose();
}
