using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <c>inputs.&lt;dataset&gt;.columns</c> and <c>inputs.&lt;dataset&gt;.year</c> where the file contradicts them (what the
/// config alone tells is in <see cref="LimitsConfigTests"/>): a constant year for a file that has a year column is a
/// config line naming what to drop; a mapping to a column the file lacks is an input error (exit 4), as a missing
/// column is.
/// </summary>
public sealed class ColumnsConfigTests
{
    [Theory]
    [InlineData("census.csv, year: 2020", 3, "census.csv, field 'year': inputs.census.year gives every row the year 2020, but the file has a year column 'year': drop inputs.census.year")]
    [InlineData(
        "commutes.csv,          outside_marker: OUT, columns: { minutes: duration_min }",
        4,
        "commutes.csv, field 'duration_min': input 'mobility' maps minutes to column 'duration_min' (inputs.mobility.columns), which the file does not have")]
    public async Task A_setting_the_file_contradicts_is_one_line_naming_the_file_and_column(string setting, int exitCode, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.SetInput(setting);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, exitCode, message);
    }
}
