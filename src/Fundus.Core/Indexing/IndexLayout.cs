using System.Globalization;

namespace Fundus.Indexing;

/// <summary>
/// Where the index lives in the data directory. Each full build goes into a new generation folder
/// (<c>index/gen-000002</c>); the one in use is named by the small file <c>index/current</c>, which is replaced by
/// an atomic rename. A rebuild therefore never touches the index that searches are reading, and a crash in the
/// middle of a rebuild leaves the old generation in charge.
/// </summary>
public sealed class IndexLayout
{
    private const string PointerFileName = "current";
    private const string GenerationPrefix = "gen-";

    public IndexLayout(string dataDirectory, Func<string, Lucene.Net.Store.Directory>? openDirectory = null)
    {
        Root = Path.Combine(dataDirectory, "index");
        Directory.CreateDirectory(Root);
        _openDirectory = openDirectory ?? (path => new UntrackedMMapDirectory(path));
    }

    private readonly Func<string, Lucene.Net.Store.Directory> _openDirectory;

    public string Root { get; }

    /// <summary>The Lucene directory of a generation: on the file system, unless <see cref="FundusOptions.IndexStorage"/> says otherwise.</summary>
    public Lucene.Net.Store.Directory Open(string generation) => _openDirectory(PathOf(generation));

    public string LeaseFile => Path.Combine(Root, "writer.lock");

    /// <summary>A file another process leaves to ask the index owner for a full rebuild.</summary>
    public string RebuildRequestFile => Path.Combine(Root, "rebuild.request");

    /// <summary>The generation in use, or null when no index was ever built here.</summary>
    public string? CurrentGeneration
    {
        get
        {
            var pointer = Path.Combine(Root, PointerFileName);
            if (!File.Exists(pointer))
            {
                return null;
            }

            var name = File.ReadAllText(pointer).Trim();
            return name.Length > 0 && Directory.Exists(Path.Combine(Root, name)) ? name : null;
        }
    }

    public string PathOf(string generation) => Path.Combine(Root, generation);

    /// <summary>Creates an empty folder for the next generation and returns its name.</summary>
    public string CreateGeneration()
    {
        var next = Directory.EnumerateDirectories(Root, GenerationPrefix + "*")
            .Select(d => int.TryParse(Path.GetFileName(d)[GenerationPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;
        var name = GenerationPrefix + next.ToString("D6", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(PathOf(name));
        return name;
    }

    /// <summary>
    /// Makes <paramref name="generation"/> the one in use, atomically. The old generations stay until
    /// <see cref="RemoveAllBut"/>: the process switching may still have to close them
    /// (<c>Searches_keep_answering_while_the_index_is_rebuilt</c> breaks if they go first).
    /// </summary>
    public void SwitchTo(string generation)
    {
        var pointer = Path.Combine(Root, PointerFileName);
        var temporary = pointer + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>Removes every generation but <paramref name="generation"/>, once nothing of this process uses them.</summary>
    public void RemoveAllBut(string generation)
    {
        foreach (var old in Directory.EnumerateDirectories(Root, GenerationPrefix + "*"))
        {
            if (!string.Equals(Path.GetFileName(old), generation, StringComparison.Ordinal))
            {
                TryDelete(old);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A reader in another process may still hold files open; the next switch removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
