using System.Text;

namespace Fundus.Importing;

/// <summary>One line of a text file, or the news that it was too long to keep.</summary>
public readonly record struct TextLine(long Number, string Text, bool TooLong, bool HasLineEnd);

/// <summary>
/// Reads lines without ever holding more than <see cref="MaxLineChars"/> characters of one line, so a file with a
/// 2 GB line costs no more memory than one with short lines. Knows whether the last line ended with a line break,
/// which tells a truncated file from a complete one. A line ends at <c>\n</c>, <c>\r\n</c> or <c>\r</c>.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxLineChars = BoundedLineReader.DefaultMaxLineChars)
{
    /// <summary>1 MiB of text: far above any real article line, far below what hurts.</summary>
    public const int DefaultMaxLineChars = 1 << 20;

    /// <summary>
    /// Characters taken from the reader at a time and searched for the line end, rather than one character per
    /// call: a bulk import reads hundreds of megabytes of text.
    /// </summary>
    internal const int BlockChars = 1 << 16;

    private readonly char[] _block = new char[BlockChars];
    private readonly StringBuilder _pieces = new();
    private int _start;
    private int _end;
    private long _number;

    public int MaxLineChars { get; } = maxLineChars >= 0 ? maxLineChars : throw new ArgumentOutOfRangeException(nameof(maxLineChars), "must not be negative");

    public IEnumerable<TextLine> ReadLines()
    {
        while (true)
        {
            _pieces.Clear();
            string? whole = null;
            var tooLong = false;
            var sawAny = false;
            var hasLineEnd = false;
            while (_start < _end || Fill())
            {
                sawAny = true;
                var unread = _block.AsSpan(_start, _end - _start);
                var at = unread.IndexOfAny('\r', '\n');
                var text = at < 0 ? unread : unread[..at];
                if (at >= 0 && _pieces.Length == 0 && !tooLong && text.Length <= MaxLineChars)
                {
                    // The whole line lies in the block: one string, no copy through the builder.
                    whole = new string(text);
                }
                else
                {
                    tooLong |= !Keep(text);
                }

                if (at < 0)
                {
                    _start = _end;
                    continue;
                }

                _start += at + 1;
                hasLineEnd = true;
                if (unread[at] == '\r' && (_start < _end || Fill()) && _block[_start] == '\n')
                {
                    _start++;
                }

                break;
            }

            if (!sawAny)
            {
                yield break;
            }

            _number++;
            yield return new TextLine(_number, tooLong ? string.Empty : whole ?? _pieces.ToString(), tooLong, hasLineEnd);
        }
    }

    /// <summary>Adds a piece of the line as far as the limit allows; false when some of it was dropped.</summary>
    private bool Keep(ReadOnlySpan<char> piece)
    {
        var room = MaxLineChars - _pieces.Length;
        _pieces.Append(piece[..Math.Min(room, piece.Length)]);
        return piece.Length <= room;
    }

    /// <summary>Takes the next block from the reader once the current one is used up; false at the end.</summary>
    private bool Fill()
    {
        _start = 0;
        _end = reader.Read(_block, 0, _block.Length);
        return _end > 0;
    }
}
