using System.Text;
using Fundus.Importing;

namespace Fundus.Seed;

/// <summary>
/// The demo dataset built into Fundus: 66 teasers saved from the advanced search of a German trade publication
/// on smart cities and digital public administration. A fresh data directory is filled with it, so a new
/// install answers searches at once.
/// </summary>
public static class SeedData
{
    public const string FileName = "000_7223df1834612b59.txt";

    /// <summary>How the seed names itself as the source of its articles.</summary>
    public const string SourceName = "seed:" + FileName;

    public static TextReader Open()
    {
        var stream = typeof(SeedData).Assembly.GetManifestResourceStream("Fundus.Seed." + FileName)
            ?? throw new InvalidOperationException("The embedded seed is missing from this build of Fundus.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>The teaser lines of the seed, in order (teaser 1 first), without the heading.</summary>
    public static IReadOnlyList<string> Teasers()
    {
        using var reader = Open();
        return new TeaserTextReader().Read(reader, SourceName)
            .Where(r => r.Article is not null)
            .Select(r => r.Article!.Teaser)
            .ToList();
    }

    public static ImportFormat Format => ImportFormat.TeaserText;
}
