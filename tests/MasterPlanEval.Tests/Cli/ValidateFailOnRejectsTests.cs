using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <c>validate --fail-on-rejects</c> exits 4 with one line counting the rejected rows per dataset when any
/// row was rejected; the rejects report is written all the same. Without the flag, rejects are not a failure.
/// </summary>
public sealed class ValidateFailOnRejectsTests
{
    [Fact]
    public async Task Rejected_rows_fail_validation_with_their_count_per_dataset()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out, "--fail-on-rejects");

        // Fixture README, section 2: cell X1 in both years, parcel P10, one commute row per year.
        var line = OneLineError.Assert(run, 4, "5 rows rejected (population_grid 2, land_use 1, mobility 2) and --fail-on-rejects is set");
        var report = Path.Combine(Assert.Single(Directory.GetDirectories(fixture.Out)), "rejects.csv");
        Assert.StartsWith($"error: {report}: ", line, StringComparison.Ordinal);
        Assert.True(File.Exists(report));
        Assert.Contains("rejects report: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_flag_rejected_rows_are_reported_not_failed()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public async Task Clean_inputs_pass_with_the_flag()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("population_grid.csv", t => string.Join('\n', t.Split('\n').Where(l => !l.StartsWith("X1,", StringComparison.Ordinal))));
        fixture.Edit("land_use.geojson", t => t.Replace("\"class_code\": \"9999\"", "\"class_code\": \"0701\"", StringComparison.Ordinal));
        fixture.Edit("commutes.csv", t => string.Join('\n', t.Split('\n').Where(l => l is not ("2020,,,30,car,20,12" or "2025,ZZ01,,45,car,10,15"))));

        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out, "--fail-on-rejects");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
    }

    [Fact]
    public async Task The_flag_is_unknown_to_run()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out, "--fail-on-rejects");
        OneLineError.Assert(run, 2, "unknown option --fail-on-rejects");
    }

    [Fact]
    public void The_usage_text_documents_the_flag() =>
        Assert.Contains("validate --config FILE [--year Y ...] [--out DIR] [--fail-on-rejects]", MasterPlanEval.Cli.Commands.Usage.Text, StringComparison.Ordinal);
}
