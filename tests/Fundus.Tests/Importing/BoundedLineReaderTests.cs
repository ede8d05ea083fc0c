using System.Text;
using Fundus.Importing;

namespace Fundus.Tests.Importing;

public sealed class BoundedLineReaderTests
{
    [Fact]
    public void Lines_end_at_every_kind_of_line_break_also_where_a_block_of_reading_ends()
    {
        // The first line fills a block up to its \r, whose \n comes with the next block; then lines of every length
        // around the block size, with \n, \r\n and \r, and a last line without a line end. No line is empty: an empty
        // line after a \r would make the two one \r\n.
        string[] breaks = ["\n", "\r\n", "\r"];
        var lines = new List<(string Text, string Break)> { (new string('a', BoundedLineReader.BlockChars - 1), "\r\n") };
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            var length = i % 5 == 0 ? random.Next(BoundedLineReader.BlockChars - 3, BoundedLineReader.BlockChars + 3) : random.Next(1, 200);
            lines.Add((new string((char)('b' + (i % 20)), length), breaks[i % 3]));
        }

        lines.Add(("Ende ohne Zeilenumbruch", string.Empty));
        var text = string.Concat(lines.Select(l => l.Text + l.Break));

        var read = new BoundedLineReader(new StringReader(text)).ReadLines().ToList();

        Assert.Equal(lines.Select((l, i) => new TextLine(i + 1, l.Text, TooLong: false, HasLineEnd: l.Break.Length > 0)), read);
    }

    [Fact]
    public void A_line_over_the_limit_is_dropped_as_too_long_and_the_next_line_is_read()
    {
        var text = new StringBuilder().Append('x', BoundedLineReader.BlockChars * 3).Append("\r\nkurz\n").Append('y', 11).ToString();

        var read = new BoundedLineReader(new StringReader(text), maxLineChars: 10).ReadLines().ToList();

        Assert.Equal(
            [new TextLine(1, string.Empty, TooLong: true, HasLineEnd: true), new TextLine(2, "kurz", false, true), new TextLine(3, string.Empty, true, false)],
            read);
    }
}
