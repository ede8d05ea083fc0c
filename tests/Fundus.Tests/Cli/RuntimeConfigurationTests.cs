using System.Text.Json;
using Fundus.Cli;

namespace Fundus.Tests.Cli;

public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void The_fundus_command_runs_with_the_server_garbage_collector()
    {
        // The runtime takes its collector from the command's runtimeconfig.json when the process starts; a bulk
        // import is measured with the server collector (docs/benchmarks.md).
        var folder = Path.GetDirectoryName(typeof(FundusCommandLine).Assembly.Location)!;
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "fundus.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
