using System.IO.Compression;
using System.Text;

namespace Fundus;

/// <summary>Reads the text resources built into Fundus (lexicons, gazetteer, curated lists), gzip or plain.</summary>
internal static class EmbeddedText
{
    public static IEnumerable<string> Lines(string logicalName)
    {
        var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The resource {logicalName} is missing from this build of Fundus.");
        using var text = new StreamReader(logicalName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream, Encoding.UTF8);
        while (text.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
