using System.Text;

namespace Fundus.Importing;

/// <summary>One line of a text file, or the news that it was too long to keep.</summary>
public readonly record struct TextLine(long Number, string Text, bool TooLong, bool HasLineEnd);

/// <summary>
/// Reads lines without ever holding more than <see cref="MaxLineChars"/> characters of one line, so a file with a
/// 2 GB line costs no more memory than one with short lines. Knows whether the last line ended with a line break,
/// which tells a truncated file from a complete one.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxLineChars = BoundedLineReader.DefaultMaxLineChars)
{
    /// <summary>1 MiB of text: far above any real article line, far below what hurts.</summary>
    public const int DefaultMaxLineChars = 1 << 20;

    private readonly StringBuilder _buffer = new();
    private long _number;

    public int MaxLineChars { get; } = maxLineChars;

    public IEnumerable<TextLine> ReadLines()
    {
        while (true)
        {
            _buffer.Clear();
            var tooLong = false;
            var sawAny = false;
            var hasLineEnd = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                sawAny = true;
                if (c == '\n')
                {
                    hasLineEnd = true;
                    break;
                }

                if (c == '\r')
                {
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    hasLineEnd = true;
                    break;
                }

                if (_buffer.Length < MaxLineChars)
                {
                    _buffer.Append((char)c);
                }
                else
                {
                    tooLong = true;
                }
            }

            if (!sawAny)
            {
                yield break;
            }

            _number++;
            yield return new TextLine(_number, tooLong ? string.Empty : _buffer.ToString(), tooLong, hasLineEnd);
        }
    }
}
