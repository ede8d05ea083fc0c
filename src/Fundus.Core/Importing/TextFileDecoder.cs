using System.Text;

namespace Fundus.Importing;

/// <summary>
/// Opens a text file in whatever encoding German archives come in: UTF-8 with or without BOM, UTF-16 with BOM,
/// and Windows-1252/Latin-1 (so "B\xfcrger" in Latin-1 becomes "Bürger", not "B�rger"). Without a BOM, a file
/// that is valid UTF-8 throughout is UTF-8; anything else is Windows-1252, a superset of Latin-1's printable range.
/// </summary>
public static class TextFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Detects the encoding of <paramref name="path"/>; the reader starts after any BOM.</summary>
    public static (StreamReader Reader, Encoding Encoding) Open(string path) => Open(path, Detect(path));

    /// <summary>Opens <paramref name="path"/> in an encoding detected before; a BOM still wins.</summary>
    public static (StreamReader Reader, Encoding Encoding) Open(string path, Encoding encoding)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), encoding);
    }

    public static Encoding Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            return Encoding.UTF8;
        }

        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        stream.Position = 0;
        return IsValidUtf8(stream) ? Encoding.UTF8 : Windows1252;
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int count;
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                // The decoder keeps a sequence split across two buffers for the next call.
                decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
