using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Quality;

/// <summary>
/// A dataset that loses more than max_reject_share of its rows stops the run before any output. The tiny fixture
/// rejects 2 of 18 cells (X1 lies outside the city in both years), 1 of 18 parcels and 2 of 22 commutes on purpose.
/// </summary>
public sealed class RejectShareTests
{
    [Fact]
    public async Task More_rejects_than_the_default_share_stop_the_run_naming_the_dataset_and_the_most_frequent_reason()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", WithoutShare);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(4, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal(
            $"error: {Path.Combine(fixture.Path, "population_grid.csv")}: input 'population_grid': 2 of 18 rows rejected (11.1 %, more than " +
            "max_reject_share 0.05); most frequent: 'x: cell centroid lies in no sub-district' (2, first at cell X1 year 2020)",
            line);
        Assert.False(Directory.Exists(fixture.Out) && Directory.EnumerateFileSystemEntries(fixture.Out).Any());
    }

    [Fact]
    public async Task An_input_may_allow_a_larger_share_than_the_config()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => WithoutShare(t)
            .Replace("population_grid.csv,   crs: EPSG:4548 }", "population_grid.csv,   crs: EPSG:4548, max_reject_share: 0.12 }", StringComparison.Ordinal)
            .Replace("classification: gb-land-sea-2023 }", "classification: gb-land-sea-2023, max_reject_share: 0.06 }", StringComparison.Ordinal)
            .Replace("outside_marker: OUT }", "outside_marker: OUT, max_reject_share: 0.1 }", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_share_outside_zero_to_one_is_a_config_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("max_reject_share: 0.25", "max_reject_share: 1.5", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("max_reject_share must be a share between 0 and 1, found 1.5", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static string WithoutShare(string config) =>
        string.Join('\n', config.Split('\n').Where(l => !l.StartsWith("max_reject_share:", StringComparison.Ordinal)));
}
