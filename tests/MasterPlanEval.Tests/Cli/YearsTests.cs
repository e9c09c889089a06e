using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <c>years:</c> of evaluation.yaml and <c>--year</c>: whole years in 1949–2100, each once, at least one.
/// A repeated year used to end in an internal error (or, since, an "output already exists").
/// </summary>
public sealed class YearsTests
{
    [Theory]
    [InlineData("[2020, 2025, 2020]", "field 'years[2]': year 2020 is listed twice")]
    [InlineData("[2020, 1948]", "field 'years[1]': year 1948 is outside 1949–2100")]
    [InlineData("[2020, 2101]", "field 'years[1]': year 2101 is outside 1949–2100")]
    [InlineData("[2020.5]", "field 'years[0]': '2020.5' is not a year (a whole number such as 2024)")]
    [InlineData("[twenty]", "field 'years[0]': 'twenty' is not a year (a whole number such as 2024)")]
    [InlineData("[]", "field 'years': name at least one year to evaluate")]
    [InlineData("2020", "field 'years': 'years' must be a list")]
    public async Task A_bad_years_list_is_one_config_line(string years, string expected)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("years: [2020, 2025]", $"years: {years}", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, $"{fixture.Config}, line 3, {expected}");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Years_missing_from_the_config_is_one_config_line()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("years: [2020, 2025]", "yeras: [2020, 2025]", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, "field 'years': missing required key 'years' (found 'yeras' on line 3: a typo?)");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public async Task A_year_given_twice_on_the_command_line_is_a_usage_error(string command)
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync(command, "--config", fixture.Config, "--out", fixture.Out, "--year", "2020", "--year", "2020");
        OneLineError.Assert(run, 2, "--year 2020 is given twice");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task A_command_line_year_outside_the_range_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("run", "--config", "x.yaml", "--year", "2020,20250");
        OneLineError.Assert(run, 2, "--year '20250' is not a year in 1949–2100");
    }
}
