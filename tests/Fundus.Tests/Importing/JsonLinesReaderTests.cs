using System.Text;
using Fundus.Importing;

namespace Fundus.Tests.Importing;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Records_of_a_long_file_keep_its_order_and_line_numbers()
    {
        // Several chunks of lines, parsed on both cores: blank and malformed lines among them.
        var text = new StringBuilder();
        var expected = new List<(long Line, string? Id)>();
        for (var line = 1; line <= (JsonLinesReader.ChunkLines * 3) + 17; line++)
        {
            if (line % 97 == 0)
            {
                text.Append('\n');
            }
            else if (line % 41 == 0)
            {
                text.Append("{\"id\": \"broken\", \"teaser\": \n");
                expected.Add((line, null));
            }
            else
            {
                text.Append($$"""{"id":"a-{{line}}","teaser":"Teaser {{line}} über die Verwaltungsdigitalisierung."}""").Append('\n');
                expected.Add((line, $"a-{line}"));
            }
        }

        var records = new JsonLinesReader().Read(new StringReader(text.ToString()), "a.jsonl").ToList();

        Assert.Equal(expected, records.Select(r => (r.Line, r.Article?.Id)));
        Assert.All(records.Where(r => r.Article is null), r => Assert.StartsWith("a.jsonl:", Assert.Single(r.Problems).ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_of_long_lines_is_read_ahead_no_further_than_a_chunk()
    {
        // Lines are read ahead a bounded chunk at a time, not the whole file: 24 lines of half a million characters.
        var body = new string('x', 500_000);
        var line = $$"""{"id":"long","teaser":"Ein langer Text.","body":"{{body}}"}""" + "\n";
        using var reader = new CountingReader(string.Concat(Enumerable.Repeat(line, 24)));

        var first = new JsonLinesReader().Read(reader, "long.jsonl").First();

        Assert.Equal("long", first.Article?.Id);
        Assert.InRange(reader.CharsRead, line.Length, JsonLinesReader.ChunkChars + line.Length + BoundedLineReader.BlockChars);
    }

    /// <summary>A reader of a text that counts the characters taken from it.</summary>
    private sealed class CountingReader(string text) : TextReader
    {
        private int _position;

        public long CharsRead => _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;
    }
}
