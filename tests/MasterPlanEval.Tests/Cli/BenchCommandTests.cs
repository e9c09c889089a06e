using System.Text.Json;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary><c>bench</c> on the tiny scale: one result per --commuters value, each with every stage timed.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_runs_once_per_commuter_count_and_writes_json()
    {
        using var temp = new TempDirectory();
        var json = Path.Combine(temp.Path, "bench.json");

        var run = await CliRun.RunAsync("bench", "--scale", "tiny", "--commuters", "300", "--commuters", "600", "--workdir", temp.Path, "--json", json);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var results = document.RootElement.EnumerateArray().ToList();
        Assert.Equal([300L, 600L], results.Select(r => r.GetProperty("commuters").GetInt64()));
        // The tiny city has three years and one commute row per commuter and year: the engine reads them all.
        Assert.Equal([900L, 1800L], results.Select(r => Stage(r, "commutes.check").GetProperty("rows").GetInt64()));
        Assert.All(results, r => Assert.True(r.GetProperty("peak_mib").GetInt64() > 0));
    }

    private static JsonElement Stage(JsonElement result, string name) =>
        result.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == name);
}
