using System.Text.Json;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary><c>bench</c> on the tiny scale: one result per --commuters value, each of --repeat fresh processes.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_runs_each_commuter_count_in_fresh_processes_and_writes_every_repetition_as_json()
    {
        using var temp = new TempDirectory();
        var json = Path.Combine(temp.Path, "bench.json");

        var run = await CliRun.RunAsync("bench", "--scale", "tiny", "--commuters", "300", "--commuters", "600", "--repeat", "2", "--workdir", temp.Path, "--json", json);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(Environment.ProcessorCount, document.RootElement.GetProperty("machine").GetProperty("cores").GetInt32());
        Assert.StartsWith("DuckDB ", document.RootElement.GetProperty("machine").GetProperty("duckdb").GetString(), StringComparison.Ordinal);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([300L, 600L], results.Select(r => r.GetProperty("commuters").GetInt64()));
        // The tiny city has three years and one commute row per commuter and year: the engine reads them all.
        Assert.Equal([900L, 1800L], results.Select(r => Stage(r, "commutes.check").GetProperty("rows").GetInt64()));
        foreach (var result in results)
        {
            var runs = result.GetProperty("runs").EnumerateArray().ToList();
            Assert.Equal(2, runs.Count);
            // Each repetition is a run of its own, in its own folder, with a manifest of its own.
            Assert.Equal(2, runs.Select(r => r.GetProperty("run_directory").GetString()).Distinct().Count());
            Assert.All(runs, r => Assert.True(File.Exists(Path.Combine(r.GetProperty("run_directory").GetString()!, "manifest.json"))));
            var walls = runs.Select(r => r.GetProperty("wall_seconds").GetDouble()).ToList();
            Assert.Equal((walls[0] + walls[1]) / 2, result.GetProperty("wall_seconds").GetProperty("median").GetDouble(), 6);
            Assert.Equal(walls.Min(), result.GetProperty("wall_seconds").GetProperty("min").GetDouble());
            Assert.All(runs, r => Assert.True(r.GetProperty("process_peak_mib").GetInt64() > 0));
        }

        Assert.Contains("median of 2 fresh processes (min–max)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("three")]
    public async Task A_repeat_that_is_not_a_positive_whole_number_is_a_usage_error(string repeat)
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("bench", "--scale", "tiny", "--repeat", repeat, "--workdir", temp.Path);

        OneLineError.Assert(run, 2, $"error: --repeat '{repeat}' is not a whole number in 1–1000 (masterplaneval help lists the commands)");
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    private static JsonElement Stage(JsonElement result, string name) =>
        result.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == name);
}
