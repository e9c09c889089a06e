using System.Globalization;
using System.Text.RegularExpressions;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// A city in another Gauss-Krüger zone: tests/fixtures/tiny-shenzhen is the tiny fixture moved by (+55 000, −1 927 000)
/// into EPSG:4547 (CM 114°E), its inputs naming that CRS in every way the config and files can. Same shapes in the
/// working CRS, so every value is tiny's hand-derived one, and the CRS that fits Beijing is refused for it.
/// </summary>
public sealed partial class OtherZoneTests(ShenzhenRun shenzhen, TinyRun tiny) : IClassFixture<ShenzhenRun>, IClassFixture<TinyRun>
{
    private const double MoveX = 55_000;
    private const double MoveY = -1_927_000;

    [Fact]
    public void Every_value_and_status_is_the_hand_derived_one_of_the_tiny_fixture()
    {
        var rows = shenzhen.Result.Rows;
        var expected = SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected.csv"));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in expected)
        {
            var actual = rows.Single(r => r.Year == int.Parse(row["year"], CultureInfo.InvariantCulture) && r.UnitId == row["unit_id"] && r.IndicatorId == row["indicator_id"]);
            var value = row["value"].Length == 0 ? (double?)null : double.Parse(row["value"], CultureInfo.InvariantCulture);
            Assert.True(
                value is null ? actual.Value is null : actual.Value is { } v && Math.Abs(v - value.Value) <= 1e-9 * Math.Max(1, Math.Abs(value.Value)),
                $"{row["indicator_id"]} {row["unit_id"]} {row["year"]}: expected {row["value"]}, got {actual.Value}");
            Assert.Equal((row["target_status"], row["trajectory_status"]), (actual.TargetStatus, actual.TrajectoryStatus));
        }
    }

    [Fact]
    public void Rows_are_the_tiny_runs_to_the_last_bit_but_the_evaluation_id()
    {
        // Nothing is reprojected (every input is in the working CRS), so not even rounding may differ.
        Assert.Equal(
            tiny.Result.Rows.Select(r => r with { EvaluationId = string.Empty }),
            shenzhen.Result.Rows.Select(r => r with { EvaluationId = string.Empty }));
    }

    [Fact]
    public void Counts_are_the_tiny_fixtures_and_the_manifest_names_the_zone()
    {
        foreach (var expected in SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected_counts.csv")))
        {
            var count = shenzhen.Result.Manifest.Datasets.Single(d => d.Dataset == expected["dataset"]);
            Assert.Equal(
                (long.Parse(expected["read"], CultureInfo.InvariantCulture), long.Parse(expected["accepted"], CultureInfo.InvariantCulture), long.Parse(expected["rejected"], CultureInfo.InvariantCulture)),
                (count.Read, count.Accepted, count.Rejected));
        }

        Assert.Equal("EPSG:4547", shenzhen.Result.Manifest.WorkingCrs);
    }

    [Theory]
    [InlineData("units.geojson")]
    [InlineData("land_use.geojson")]
    [InlineData("control_lines.geojson")]
    [InlineData("rail_lines.geojson")]
    [InlineData("population_grid.csv")]
    [InlineData("facilities.csv")]
    public void Each_file_is_the_tiny_one_moved(string file)
    {
        // Every number pair, a GeoJSON position or a CSV row's x,y, moved by the fixture's vector; the rest unchanged.
        var tinyText = File.ReadAllText(Path.Combine(RepoPaths.Fixture("tiny"), file));
        var moved = file.EndsWith(".csv", StringComparison.Ordinal)
            ? CsvPair().Replace(tinyText, m => $"{Move(m.Groups[1].Value, MoveX)},{Move(m.Groups[2].Value, MoveY)}")
            : GeoJsonPair().Replace(tinyText, m => $"[{Move(m.Groups[1].Value, MoveX)}, {Move(m.Groups[2].Value, MoveY)}]");
        var shenzhenText = CrsMember().Replace(File.ReadAllText(Path.Combine(RepoPaths.Fixture("tiny-shenzhen"), file)), string.Empty);

        Assert.Equal(moved, shenzhenText);
    }

    [Fact]
    public async Task Beijings_zone_is_refused_for_the_city_naming_the_zone_that_fits()
    {
        using var fixture = new FixtureCopy("tiny-shenzhen");
        fixture.Edit("evaluation.yaml", t => t.Replace("working_crs: EPSG:4547", "working_crs: EPSG:4548", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        // The units' centre, local (1500, 1000): 114.06°E 22.54°N, 2.9° west of 117°E; k = 1 + (2.94° · cos 22.54°)²/2.
        OneLineError.Assert(
            run,
            3,
            "evaluation.yaml, field 'working_crs': working_crs EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E) is made for 115.5°E–118.5°E",
            "the planning units' centre lies at 114.06°E, 22.54°N, 2.9° from its central meridian, where areas come out 0.22 % too large",
            "use EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)");
        Assert.False(Directory.Exists(fixture.Out));
    }

    private static string Move(string number, double by) =>
        (double.Parse(number, CultureInfo.InvariantCulture) + by).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[(-?[0-9.]+), (-?[0-9.]+)\]")]
    private static partial Regex GeoJsonPair();

    // cell_id,year,x,y,… and facility_id,type,x,y,…: x and y are the third and fourth fields.
    [GeneratedRegex(@"(?<=^[^,\n]*,[^,\n]*,)(-?[0-9.]+),(-?[0-9.]+)(?=,)", RegexOptions.Multiline)]
    private static partial Regex CsvPair();

    [GeneratedRegex("""  "crs": \{[^\n]*\},\n""")]
    private static partial Regex CrsMember();
}
