using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary><c>explain</c> shows a value with the sums it is made of, its formula, target and inputs.</summary>
public sealed class ExplainTests
{
    [Fact]
    public async Task Explain_shows_numerator_denominator_target_and_inputs()
    {
        using var fixture = new FixtureCopy("tiny");
        Assert.Equal(0, (await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out)).ExitCode);
        var runId = Path.GetFileName(Assert.Single(Directory.GetDirectories(fixture.Out)));

        var explain = await CliRun.RunAsync("explain", "--run", runId, "--out", fixture.Out, "--unit", "S3", "--indicator", "jobs_housing_ratio", "--year", "2025");

        // README of the fixture: in 2025 S3 has 540 commuters working there and 380 living there → 540 / 380.
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("made of:     sum(commutes_by_work.persons)=540", explain.Output, StringComparison.Ordinal);
        Assert.Contains("made of:     sum(commutes_by_home.persons)=380", explain.Output, StringComparison.Ordinal);
        Assert.Contains("value:       1.42105 ratio", explain.Output, StringComparison.Ordinal);
        Assert.Contains("target:      band 0.8–1.2 by 2035; baseline 0.85 (2020)", explain.Output, StringComparison.Ordinal);
        Assert.Contains("input:       mobility commutes.csv sha256", explain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_of_a_missing_value_is_a_one_line_error()
    {
        using var fixture = new FixtureCopy("tiny");
        Assert.Equal(0, (await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out)).ExitCode);
        var runId = Path.GetFileName(Assert.Single(Directory.GetDirectories(fixture.Out)));

        var explain = await CliRun.RunAsync("explain", "--run", runId, "--out", fixture.Out, "--unit", "S9", "--indicator", "jobs_housing_ratio", "--year", "2025");

        Assert.Equal(2, explain.ExitCode);
        Assert.Contains("has no value of 'jobs_housing_ratio' for unit 'S9' in 2025", Assert.Single(explain.ErrorLines), StringComparison.Ordinal);
    }
}
