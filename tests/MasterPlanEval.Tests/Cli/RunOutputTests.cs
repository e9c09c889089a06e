using System.Security.Cryptography;
using System.Text.Json;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>What a run leaves on disk: its own folder, a manifest that describes it, nothing half-written.</summary>
public sealed class RunOutputTests
{
    [Fact]
    public async Task A_second_run_gets_its_own_folder_and_leaves_the_first_untouched()
    {
        using var fixture = new FixtureCopy("tiny");
        var first = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        Assert.Equal(0, first.ExitCode);
        var firstFolder = Assert.Single(Directory.GetDirectories(fixture.Out));
        var before = Hashes(firstFolder);

        var second = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out, "--year", "2025");
        Assert.Equal(0, second.ExitCode);

        var folders = Directory.GetDirectories(fixture.Out);
        Assert.Equal(2, folders.Length);
        Assert.All(folders, f => Assert.DoesNotContain(".tmp", Path.GetFileName(f), StringComparison.Ordinal));
        Assert.Equal(before, Hashes(firstFolder));
        Assert.Contains($"scorecards: {folders.Single(f => f != firstFolder)}", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_records_input_checksums_counts_catalog_and_engine()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        Assert.Equal(0, run.ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(fixture.Out));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;

        Assert.Equal(Path.GetFileName(folder), root.GetProperty("run_id").GetString());
        Assert.Equal("duckdb", root.GetProperty("engine").GetString());
        Assert.Equal("2026.3", root.GetProperty("catalog_version").GetString());
        var census = root.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "census");
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Path, "census.csv"))));
        Assert.Equal(expectedHash, census.GetProperty("sha256").GetString());
        foreach (var dataset in root.GetProperty("datasets").EnumerateArray())
        {
            Assert.Equal(
                dataset.GetProperty("read").GetInt64(),
                dataset.GetProperty("accepted").GetInt64() + dataset.GetProperty("rejected").GetInt64());
        }

        var stages = root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ToList();
        Assert.Equal(
            ["config", "catalog", "ingest", "targets", "spatial.index", "spatial.cells", "spatial.land.overlaps", "spatial.land.split", "spatial.land.control_lines", "spatial.rail", "engine.load", "commutes", "engine.evaluate", "commutes.check", "scorecards"],
            stages);
        var outputs = root.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString()).ToList();
        Assert.Equal(["scorecard_2020.parquet", "summary_2020.parquet", "scorecard_2025.parquet", "summary_2025.parquet", "rejects.csv"], outputs);
    }

    [Fact]
    public async Task Validate_writes_the_rejects_report_and_no_scorecard()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);
        Assert.Equal(0, run.ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(fixture.Out));
        Assert.Equal(["manifest.json", "rejects.csv"], Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order().ToList());
        var rejects = File.ReadAllLines(Path.Combine(folder, "rejects.csv"));
        Assert.Equal("dataset,file,row,field,reason,disposition", rejects[0]);
        Assert.Equal(2 + 1 + 2, rejects.Count(l => l.EndsWith(",rejected", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_commute_between_cells_outside_every_subdistrict_is_rejected_not_dropped()
    {
        using var fixture = new FixtureCopy("tiny");
        // X1 is a grid cell whose centroid lies in no sub-district; a commute from X1 to outside counts nowhere.
        fixture.Edit("commutes.csv", t => t + "2025,X1,,30,bus,5,4\n");
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);
        Assert.Equal(0, run.ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(fixture.Out));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var mobility = manifest.RootElement.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("dataset").GetString() == "mobility");
        Assert.Equal(23, mobility.GetProperty("read").GetInt64());
        Assert.Equal(20, mobility.GetProperty("accepted").GetInt64());
        Assert.Equal(3, mobility.GetProperty("rejected").GetInt64());
        Assert.Contains(
            "mobility,commutes.csv,line 24,home_cell,neither home_cell nor work_cell lies in a sub-district,rejected",
            File.ReadAllLines(Path.Combine(folder, "rejects.csv")));
    }

    [Fact]
    public async Task Without_a_mobility_input_commuting_indicators_have_no_value_and_the_rest_still_do()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => string.Join('\n', t.Split('\n').Where(l => !l.TrimStart().StartsWith("mobility:", StringComparison.Ordinal))));

        var rows = (await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows;

        var city2025 = rows.Where(r => r.UnitId == "C" && r.Year == 2025).ToDictionary(r => r.IndicatorId);
        Assert.Null(city2025["mean_commute_minutes"].Value);
        Assert.Equal("no_input_rows(mobility)", city2025["jobs_housing_ratio"].QualityFlags);
        Assert.Equal("no_value", city2025["mean_commute_minutes"].TargetStatus);
        Assert.Equal(33500, city2025["resident_population"].Value);
    }

    [Fact]
    public async Task A_run_removes_the_temporary_folder_of_a_killed_run_and_keeps_that_of_a_live_one()
    {
        using var fixture = new FixtureCopy("tiny");
        var owner = RunOwner.Current();
        var killed = Leftover(fixture.Out, "20250101T000000Z-0badc0de", owner with { ProcessId = int.MaxValue });
        var live = Leftover(fixture.Out, "20250101T000000Z-600dc0de", owner);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(killed));
        Assert.True(File.Exists(Path.Combine(live, "scorecard_2020.parquet")));
        Assert.Single(Directory.GetDirectories(fixture.Out), d => !Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task The_evaluation_id_changes_with_the_years_and_the_indicators_evaluated()
    {
        using var fixture = new FixtureCopy("tiny");
        async Task<string> EvaluationId(params string[] narrowing)
        {
            var run = await CliRun.RunAsync(["run", "--config", fixture.Config, "--out", fixture.Out, .. narrowing]);
            Assert.Equal(0, run.ExitCode);
            var folder = run.Output.Split('\n').Single(l => l.StartsWith("scorecards: ", StringComparison.Ordinal))["scorecards: ".Length..].Trim();
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
            return manifest.RootElement.GetProperty("evaluation_id").GetString()!;
        }

        var all = await EvaluationId();
        var again = await EvaluationId();
        var oneYear = await EvaluationId("--year", "2025");
        var oneIndicator = await EvaluationId("--indicator", "resident_population");

        Assert.Equal(all, again);
        Assert.Equal(3, new[] { all, oneYear, oneIndicator }.Distinct().Count());
    }

    private static string Leftover(string outDirectory, string runId, RunOwner owner)
    {
        var folder = Directory.CreateDirectory(Path.Combine(outDirectory, $".{runId}.tmp-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(folder, RunFolder.OwnerFile), owner.Format());
        File.WriteAllText(Path.Combine(folder, "scorecard_2020.parquet"), "half");
        return folder;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
}
