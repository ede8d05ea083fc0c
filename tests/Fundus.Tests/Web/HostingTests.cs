using Fundus.Web;
using Microsoft.AspNetCore.Builder;

namespace Fundus.Tests.Web;

/// <summary>Changes the process's working directory for a moment, so no other test runs meanwhile.</summary>
[CollectionDefinition(nameof(WorkingDirectoryCollection), DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;

[Collection(nameof(WorkingDirectoryCollection))]
public sealed class HostingTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task The_content_root_is_the_install_directory_not_the_working_directory()
    {
        // The host watches its content root with every subfolder; started from a source tree or a home directory,
        // that held up the first answer for half a minute.
        var before = Environment.CurrentDirectory;
        WebApplication app;
        Environment.CurrentDirectory = _data.Path;
        try
        {
            app = FundusWebApp.Build(_data.Options, ["http://127.0.0.1:0"]);
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }

        await using (app)
        {
            Assert.Equal(Trimmed(AppContext.BaseDirectory), Trimmed(app.Environment.ContentRootPath));
        }
    }

    private static string Trimmed(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public void Dispose() => _data.Dispose();
}
