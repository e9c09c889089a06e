using System.Text.Json;
using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// Runs of one evaluation are interchangeable: started at once into one output folder both succeed, and runs at
/// different times write the same bytes into every Parquet file (the times are in the manifest only).
/// </summary>
public sealed class ReproducibleRunTests
{
    [Fact]
    public async Task Two_runs_of_the_sample_started_at_once_into_one_folder_both_succeed_in_their_own()
    {
        using var temp = new TempDirectory();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero));

        var runs = await Task.WhenAll(
            Task.Run(() => Pipeline.RunAsync(Pipeline.SampleConfig, temp.Path, clock: clock)),
            Task.Run(() => Pipeline.RunAsync(Pipeline.SampleConfig, temp.Path, clock: clock)));

        // Same start, same inputs: the same run id, so the second claimant takes the suffix.
        var ids = runs.Select(r => r.Manifest.RunId).Order(StringComparer.Ordinal).ToList();
        Assert.Matches("^20261128T170000Z-[0-9a-f]{8}$", ids[0]);
        Assert.Equal($"{ids[0]}-2", ids[1]);
        Assert.Equal(ids, Directory.GetFileSystemEntries(temp.Path).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal));
        foreach (var run in runs)
        {
            Assert.Equal(Path.Combine(temp.Path, run.Manifest.RunId), run.RunDirectory);
            Assert.Equal(
                run.Manifest.Outputs.Select(o => o.File).Append("manifest.json").Order(StringComparer.Ordinal),
                Directory.GetFiles(run.RunDirectory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Two_runs_of_the_sample_at_different_times_write_byte_identical_parquet_files()
    {
        using var temp = new TempDirectory();
        var first = await Pipeline.RunAsync(
            Pipeline.SampleConfig, Path.Combine(temp.Path, "a"), clock: new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var second = await Pipeline.RunAsync(
            Pipeline.SampleConfig, Path.Combine(temp.Path, "b"), clock: new FixedClock(new DateTimeOffset(2026, 6, 1, 12, 30, 0, TimeSpan.Zero)));

        var files = Directory.GetFiles(first.RunDirectory, "*.parquet").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(9, files.Count); // scorecard, summary and composite for 2020, 2023 and 2024
        Assert.Equal(files, Directory.GetFiles(second.RunDirectory, "*.parquet").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.RunDirectory, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.RunDirectory, file))),
                $"{file} differs between two runs of the same evaluation");
        }

        // The runs differ in id and times, kept in the manifests; the evaluation id is the one in every row.
        Assert.NotEqual(first.Manifest.RunId, second.Manifest.RunId);
        Assert.Equal(first.Manifest.EvaluationId, second.Manifest.EvaluationId);
        Assert.Matches("^[0-9a-f]{16}$", first.Manifest.EvaluationId);
        Assert.StartsWith($"20260101T000000Z-{first.Manifest.EvaluationId[..8]}", first.Manifest.RunId, StringComparison.Ordinal);
        var rows = await ScorecardReader.ReadAsync(Path.Combine(second.RunDirectory, "scorecard_2024.parquet"));
        Assert.All(rows, r => Assert.Equal(first.Manifest.EvaluationId, r.EvaluationId));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(second.RunDirectory, "manifest.json")));
        Assert.Equal(second.Manifest.RunId, manifest.RootElement.GetProperty("run_id").GetString());
        Assert.Equal(first.Manifest.EvaluationId, manifest.RootElement.GetProperty("evaluation_id").GetString());
        Assert.Equal("2026-06-01T12:30:00+00:00", manifest.RootElement.GetProperty("started_utc").GetString());
    }
}
