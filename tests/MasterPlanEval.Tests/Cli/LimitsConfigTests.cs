using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// <c>inputs.&lt;dataset&gt;.limits</c>, <c>inputs.mobility.outside_marker</c>, <c>inputs.&lt;dataset&gt;.columns</c> and
/// <c>inputs.&lt;dataset&gt;.year</c> in evaluation.yaml: a mistake the config alone shows is one config line (exit 3)
/// naming the key, before anything is read or written.
/// </summary>
public sealed class LimitsConfigTests
{
    public static TheoryData<string, string, string> BadSettings() => new()
    {
        {
            "population_grid.csv,   crs: EPSG:4548, limits: { resident: 5 }",
            "inputs.population_grid.limits.resident",
            "unknown limit 'resident' for input 'population_grid' (known: residents, workers)"
        },
        {
            "units.geojson,         crs: EPSG:4548, limits: { area_km2: 5 }",
            "inputs.planning_units.limits.area_km2",
            "input 'planning_units' has no limits: 'area_km2' is unknown"
        },
        {
            "commutes.csv,          outside_marker: OUT, limits: { minutes: 0 }",
            "inputs.mobility.limits.minutes",
            "the limit of 'minutes' for input 'mobility' must be a number above 0"
        },
        {
            "population_grid.csv,   crs: EPSG:4548, limits: { workers: lots }",
            "inputs.population_grid.limits.workers",
            "'inputs.population_grid.limits.workers' must be a number, found 'lots'"
        },
        {
            "population_grid.csv,   crs: EPSG:4548, limits: { residents: 2e9 }",
            "inputs.population_grid.limits.residents",
            "the limit of 'residents' for input 'population_grid' must be at most 1000000000"
        },
        {
            // 1e8 persons × the default 500 km is 5e10: no longer an exact 64-bit sum of one row.
            "commutes.csv,          outside_marker: OUT, limits: { persons: 1e8 }",
            "inputs.mobility.limits.persons",
            "limits of input 'mobility': persons 100000000 × 500 (minutes or km) must stay below 10000000000"
        },
        {
            "commutes.csv,          outside_marker: ''",
            "inputs.mobility.outside_marker",
            "outside_marker must be a cell id such as OUT"
        },
        {
            "population_grid.csv,   crs: EPSG:4548, columns: { residnets: pop }",
            "inputs.population_grid.columns.residnets",
            "unknown column 'residnets' for input 'population_grid' (did you mean 'residents'? its columns: cell_id, year, x, y, residents, workers)"
        },
        {
            "population_grid.csv,   crs: EPSG:4548, columns: { x: lon, y: lon }",
            "inputs.population_grid.columns.y",
            "file column 'lon' is mapped to both 'x' and 'y' of input 'population_grid': map each contract column to a column of its own"
        },
        {
            "commutes.csv,          outside_marker: OUT, columns: { home_cell: work_cell }",
            "inputs.mobility.columns.home_cell",
            "file column 'work_cell' is mapped to 'home_cell' of input 'mobility', but 'work_cell' is also a column of the contract"
        },
        {
            "facilities.csv,        crs: EPSG:4548, year: 2024",
            "inputs.facilities.year",
            "input 'facilities' has no year column, so a constant year does not apply"
        },
        {
            "census.csv, year: 2020, columns: { year: yr }",
            "inputs.census.year",
            "input 'census' gives both a constant year 2020 and the file column 'yr' for its year (columns.year): drop one of them"
        },
        {
            "census.csv, year: 20.5",
            "inputs.census.year",
            "inputs.census.year must be a year from 1949 to 2100 (the year of every row of a file without a year column), found '20.5'"
        },
    };

    // Each setting replaces the rest of its input's line in the tiny fixture's evaluation.yaml, from the file name on.
    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_input_setting_is_one_config_line_naming_the_key(string setting, string key, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.SetInput(setting);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 3, key, message, "evaluation.yaml");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task An_outside_marker_that_names_a_grid_cell_is_a_config_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("outside_marker: OUT", "outside_marker: A1", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("outside_marker 'A1' is also a cell_id of population_grid", line, StringComparison.Ordinal);
        Assert.Contains("inputs.mobility.outside_marker", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task A_raised_limit_accepts_a_row_the_default_rejects()
    {
        using var fixture = new FixtureCopy("tiny");
        // A1 2020: 150,000 residents, above the 100,000 default.
        fixture.Edit("population_grid.csv", t => t.Replace("A1,2020,450125,4420125,2000,500", "A1,2020,450125,4420125,150000,500", StringComparison.Ordinal));
        var byDefault = await Pipeline.RunAsync(fixture.Config, fixture.Out);
        fixture.Edit("evaluation.yaml", t => t.Replace("population_grid.csv,   crs: EPSG:4548 }", "population_grid.csv,   crs: EPSG:4548, limits: { residents: 200000 } }", StringComparison.Ordinal));
        var raised = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        static long Rejected(Core.Model.DatasetCount c) => c.Rejected;
        Assert.Equal(3, Rejected(byDefault.Manifest.Datasets.Single(d => d.Dataset == "population_grid")));
        Assert.Equal(2, Rejected(raised.Manifest.Datasets.Single(d => d.Dataset == "population_grid")));
    }
}
