using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <c>explain</c> on a run folder that is damaged or not a run at all is one input error (4) naming the file;
/// before, a corrupt manifest or scorecard ended in exit 1 "internal error".
/// </summary>
public sealed class ExplainDamagedRunTests(ExplainDamagedRunTests.TinyRunFolder tiny) : IClassFixture<ExplainDamagedRunTests.TinyRunFolder>
{
    [Fact]
    public async Task The_undamaged_copy_explains()
    {
        using var run = tiny.Copy();
        var explain = await Explain(run.Path, "2025");
        Assert.Equal(0, explain.ExitCode);
    }

    [Fact]
    public async Task A_folder_without_a_manifest_is_not_a_run()
    {
        using var run = tiny.Copy();
        File.Delete(Path.Combine(run.Path, "manifest.json"));
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {run.Path}: not a run folder: it has no manifest.json");
    }

    [Fact]
    public async Task A_truncated_manifest_is_an_input_error()
    {
        using var run = tiny.Copy();
        var manifest = Path.Combine(run.Path, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest)[..100]);
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {manifest}: damaged run manifest: ");
    }

    [Fact]
    public async Task A_manifest_of_the_wrong_shape_is_an_input_error()
    {
        using var run = tiny.Copy();
        var manifest = Path.Combine(run.Path, "manifest.json");
        File.WriteAllText(manifest, "{\"command\": \"run\", \"years\": \"2025\"}");
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {manifest}: damaged run manifest: ");
    }

    [Fact]
    public async Task A_validation_folder_is_not_a_run()
    {
        using var fixture = new FixtureCopy("tiny");
        Assert.Equal(0, (await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out)).ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(fixture.Out));
        OneLineError.Assert(await Explain(folder, "2025"), 4, "manifest.json: not an evaluation run but a 'validate' folder: it has no scorecards");
    }

    [Fact]
    public async Task A_missing_scorecard_of_a_run_year_is_an_input_error()
    {
        using var run = tiny.Copy();
        var scorecard = Path.Combine(run.Path, "scorecard_2025.parquet");
        File.Delete(scorecard);
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {scorecard}: damaged run folder: the scorecard of 2025 is missing");
    }

    [Fact]
    public async Task A_truncated_scorecard_is_an_input_error()
    {
        using var run = tiny.Copy();
        var scorecard = Path.Combine(run.Path, "scorecard_2025.parquet");
        var bytes = File.ReadAllBytes(scorecard);
        File.WriteAllBytes(scorecard, bytes[..(bytes.Length / 2)]);
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {scorecard}: damaged scorecard, not readable as Parquet: ");
    }

    [Fact]
    public async Task A_scorecard_overwritten_with_text_is_an_input_error()
    {
        using var run = tiny.Copy();
        var scorecard = Path.Combine(run.Path, "scorecard_2025.parquet");
        File.WriteAllText(scorecard, "year,unit\n2025,C\n");
        OneLineError.Assert(await Explain(run.Path, "2025"), 4, $"error: {scorecard}: damaged scorecard, not readable as Parquet: ");
    }

    [Fact]
    public async Task A_year_the_run_did_not_evaluate_is_a_usage_error()
    {
        using var run = tiny.Copy();
        OneLineError.Assert(await Explain(run.Path, "2031"), 2, "has no year 2031 (its years: 2020, 2025)");
    }

    [Fact]
    public async Task A_run_id_that_does_not_exist_is_a_usage_error()
    {
        using var run = tiny.Copy();
        var explain = await CliRun.RunAsync("explain", "--run", "20990101T000000Z-nothing", "--out", run.Path, "--unit", "C", "--indicator", "resident_population", "--year", "2025");
        OneLineError.Assert(explain, 2, "no run '20990101T000000Z-nothing': neither a folder nor a run in ");
    }

    private static Task<CliRun> Explain(string folder, string year) =>
        CliRun.RunAsync("explain", "--run", folder, "--unit", "C", "--indicator", "resident_population", "--year", year);

    /// <summary>One run of the tiny fixture, copied afresh for every test that damages it.</summary>
    public sealed class TinyRunFolder : IAsyncLifetime
    {
        private readonly FixtureCopy _fixture = new("tiny");

        private string _folder = string.Empty;

        public async Task InitializeAsync()
        {
            Assert.Equal(0, (await CliRun.RunAsync("run", "--config", _fixture.Config, "--out", _fixture.Out)).ExitCode);
            _folder = Assert.Single(Directory.GetDirectories(_fixture.Out));
        }

        public TempDirectory Copy()
        {
            var copy = new TempDirectory();
            foreach (var file in Directory.GetFiles(_folder))
            {
                File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
            }

            return copy;
        }

        public Task DisposeAsync()
        {
            _fixture.Dispose();
            return Task.CompletedTask;
        }
    }
}
