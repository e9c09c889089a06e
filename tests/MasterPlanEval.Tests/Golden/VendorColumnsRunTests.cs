using System.Globalization;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// The tiny fixture as a bureau's vendors would deliver it (issue 10): every input's columns named otherwise, in
/// CSV and GeoJSON alike, and mapped back in evaluation.yaml (<c>inputs.&lt;dataset&gt;.columns</c>). The run gives
/// the hand-derived values of expected.csv and the fixture's counts, and its rejects name the contract column with
/// the file's in parentheses.
/// </summary>
public sealed class VendorColumnsRunTests
{
    // Per input file: the header or property renames, and the mapping that undoes them.
    private static readonly (string File, string Dataset, (string Contract, string Vendor)[] Columns)[] Inputs =
    [
        ("units.geojson", "planning_units", [("unit_id", "编码"), ("parent_id", "上级编码"), ("level", "层级"), ("name_zh", "名称"), ("name_en", "英文名称")]),
        ("population_grid.csv", "population_grid", [("cell_id", "grid_id"), ("year", "yr"), ("x", "lon"), ("y", "lat"), ("residents", "pop_night"), ("workers", "pop_day")]),
        ("census.csv", "census", [("unit_id", "street_code"), ("year", "census_year"), ("residents", "population")]),
        ("land_use.geojson", "land_use", [("parcel_id", "TBBH"), ("year", "survey_year"), ("class_code", "DLBM")]),
        ("facilities.csv", "facilities", [("facility_id", "poi_id"), ("type", "category"), ("x", "px"), ("y", "py"), ("year_open", "opened"), ("name", "poi_name")]),
        ("commutes.csv", "mobility", [("year", "yr"), ("home_cell", "o_grid"), ("work_cell", "d_grid"), ("minutes", "duration_min"), ("mode", "travel_mode"), ("persons", "cnt"), ("distance_km", "dist")]),
        ("control_lines.geojson", "control_lines", [("line_id", "zone_code"), ("kind", "zone_type")]),
        ("rail_lines.geojson", "rail_lines", [("line_id", "route"), ("name", "route_name"), ("year_open", "opened")]),
    ];

    [Fact]
    public async Task Renamed_and_mapped_inputs_give_the_hand_derived_values_counts_and_labelled_rejects()
    {
        using var fixture = new FixtureCopy("tiny");
        foreach (var (file, dataset, columns) in Inputs)
        {
            fixture.Edit(file, text => file.EndsWith(".csv", StringComparison.Ordinal) ? RenameHeader(text, columns) : RenameProperties(text, columns));
            var mapping = string.Join(", ", columns.Select(c => $"{c.Contract}: {c.Vendor}"));
            fixture.Edit("evaluation.yaml", text => System.Text.RegularExpressions.Regex.Replace(
                text, $"(?m)^(  {dataset}: +{{ path: {System.Text.RegularExpressions.Regex.Escape(file)}[^}}]*)}}", $"$1, columns: {{ {mapping} }} }}"));
        }

        var expected = SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected.csv"));
        using var output = new TempDirectory();
        var result = await EvaluationRunner.RunAsync(
            new RunOptions(fixture.Config, [], expected.Select(r => r["indicator_id"]).Distinct().ToList(), output.Path, "duckdb"),
            CancellationToken.None);

        foreach (var row in expected)
        {
            var actual = result.Rows.Single(r => r.Year == int.Parse(row["year"], CultureInfo.InvariantCulture) && r.UnitId == row["unit_id"] && r.IndicatorId == row["indicator_id"]);
            var where = $"{row["indicator_id"]} {row["unit_id"]} {row["year"]}";
            Assert.True(row["value"].Length == 0 ? actual.Value is null : Math.Abs(actual.Value!.Value - double.Parse(row["value"], CultureInfo.InvariantCulture)) <= 1e-9 * Math.Max(1, Math.Abs(actual.Value.Value)), $"{where}: {actual.Value}");
            Assert.Equal((row["target_status"], row["trajectory_status"]), (actual.TargetStatus, actual.TrajectoryStatus));
        }

        Assert.Equal(expected.Count, result.Rows.Count);
        foreach (var counts in SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected_counts.csv")))
        {
            var count = result.Manifest.Datasets.Single(d => d.Dataset == counts["dataset"]);
            Assert.Equal((counts["read"], counts["accepted"], counts["rejected"]), (Text(count.Read), Text(count.Accepted), Text(count.Rejected)));
        }

        // The fixture's five rejects (README), each naming the vendor's column beside the contract's.
        var rejects = SimpleCsv.Read(Path.Combine(result.RunDirectory, "rejects.csv")).Select(r => (r["dataset"], r["row"], r["field"])).ToList();
        Assert.Equal(
            [
                ("population_grid", "cell X1 year 2020", "x (file column lon)"),
                ("population_grid", "cell X1 year 2025", "x (file column lon)"),
                ("land_use", "feature 17", "class_code (file column DLBM)"),
                ("mobility", "line 11", "home_cell (file column o_grid)"),
                ("mobility", "line 23", "home_cell (file column o_grid)"),
            ],
            rejects);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RenameHeader(string csv, (string Contract, string Vendor)[] columns)
    {
        var lineEnd = csv.IndexOf('\n', StringComparison.Ordinal);
        var header = csv[..lineEnd].Split(',').Select(h => columns.Single(c => c.Contract == h.Trim()).Vendor);
        return string.Join(',', header) + csv[lineEnd..];
    }

    private static string RenameProperties(string geojson, (string Contract, string Vendor)[] columns) =>
        columns.Aggregate(geojson, (text, c) => text.Replace($"\"{c.Contract}\":", $"\"{c.Vendor}\":", StringComparison.Ordinal));
}
