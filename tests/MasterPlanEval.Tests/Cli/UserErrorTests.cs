using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// Errors a user can cause end in one line naming what and where, a category exit code, and no output
/// folder (nothing is written before every input has been checked).
/// </summary>
public sealed class UserErrorTests
{
    [Fact]
    public async Task Missing_config_file()
    {
        var run = await CliRun.RunAsync("run", "--config", "/nonexistent/evaluation.yaml");
        AssertOneLineError(run, 3, "/nonexistent/evaluation.yaml", "file not found");
    }

    [Fact]
    public async Task Missing_input_file_stops_before_output()
    {
        using var fixture = new FixtureCopy("tiny");
        File.Delete(Path.Combine(fixture.Path, "commutes.csv"));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 4, "input 'mobility' file not found", "commutes.csv");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Unknown_crs_names_the_input()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => System.Text.RegularExpressions.Regex.Replace(t, "(facilities.csv, +crs: )EPSG:4548", "${1}EPSG:9999"));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 3, "unknown CRS 'EPSG:9999' for input 'facilities'", "evaluation.yaml");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Missing_required_column_names_file_and_column()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("population_grid.csv", t => t.Replace("residents", "resident", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 4, "population_grid.csv", "missing required column 'residents'");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Wrong_format_is_named()
    {
        using var fixture = new FixtureCopy("tiny");
        File.Move(Path.Combine(fixture.Path, "census.csv"), Path.Combine(fixture.Path, "census.txt"));
        fixture.Edit("evaluation.yaml", t => t.Replace("census.csv", "census.txt", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 4, "unsupported format '.txt' for input 'census'");
    }

    [Fact]
    public async Task Unknown_indicator_on_the_command_line()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out, "--indicator", "happiness_index");
        AssertOneLineError(run, 5, "unknown indicator 'happiness_index'");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Target_outside_the_indicator_range_names_target_and_field()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("targets.yaml", t => t + "\n  - { indicator: park_coverage_500m, unit: C, kind: floor, value: 1.5, target_year: 2035 }\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 6, "targets.yaml", "value 1.5 is outside the range [0, 1] of indicator 'park_coverage_500m'");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Target_for_an_unknown_indicator()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("targets.yaml", t => t + "\n  - { indicator: gdp_growth, unit: C, kind: floor, value: 0.05, target_year: 2035 }\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 6, "unknown indicator 'gdp_growth'", "field 'targets[");
    }

    [Fact]
    public async Task Year_not_in_the_config_is_a_usage_error()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out, "--year", "2031");
        AssertOneLineError(run, 2, "--year 2031 is not among the config's years (2020, 2025)");
    }

    [Fact]
    public async Task Unknown_options_are_reported_together()
    {
        var run = await CliRun.RunAsync("run", "--colour", "red", "--size", "big");
        AssertOneLineError(run, 2, "option --config is required", "unknown option --colour", "unknown option --size");
    }

    [Fact]
    public async Task Generate_without_an_output_folder_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("generate", "--scale", "tiny");
        AssertOneLineError(run, 2, "option --out is required");
    }

    [Fact]
    public async Task Help_after_a_command_shows_the_help()
    {
        var run = await CliRun.RunAsync("generate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        Assert.Contains("generate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_geojson_is_an_input_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("units.geojson", t => t[..(t.Length / 2)]);
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 4, "units.geojson", "not a readable GeoJSON FeatureCollection");
    }

    [Fact]
    public async Task Wrong_crs_for_a_whole_file_stops_the_run_with_a_question()
    {
        using var fixture = new FixtureCopy("tiny");
        // The grid holds EPSG:4548 metres; declared as lon/lat, every row's x = 450 000 is out of longitude range.
        fixture.Edit("evaluation.yaml", t => System.Text.RegularExpressions.Regex.Replace(t, "(population_grid.csv, +crs: )EPSG:4548", "${1}EPSG:4326"));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        AssertOneLineError(run, 4, "population_grid.csv", "18 of 18 rows of 'population_grid' lie more than 10 km from the planning units: is its crs EPSG:4326 right?");
        Assert.False(Directory.Exists(fixture.Out));
    }

    private static void AssertOneLineError(CliRun run, int exitCode, params string[] fragments)
    {
        Assert.Equal(exitCode, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }
    }
}
