namespace Fundus.Tests;

/// <summary>A fresh, empty data directory for one test, removed afterwards.</summary>
public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fundus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public FundusOptions Options => new() { DataDirectory = Path };

    /// <summary>Writes a file into a scratch folder beside the data and returns its path.</summary>
    public string File(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = FilePath(name);
        System.IO.File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        var path = FilePath(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string FilePath(string name)
    {
        var folder = System.IO.Path.Combine(Path, "input");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }

    public FundusEngine OpenEngine() => FundusEngine.Open(Options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
