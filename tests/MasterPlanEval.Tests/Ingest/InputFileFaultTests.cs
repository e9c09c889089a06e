using System.Globalization;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;
using Microsoft.Data.Sqlite;
using static MasterPlanEval.Tests.Formats.ParcelFiles;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// Faults of input files stop a whole run (the tiny fixture with one input swapped for a faulty file) with exit 4
/// (input), one line naming the file and where, and no run folder (issue 9). Damaged files are valid ones cut
/// short or overwritten; a broken symbolic link is an input fault, never an output one (8).
/// </summary>
public sealed class InputFileFaultTests
{
    [Fact]
    public async Task A_land_use_parquet_without_its_geometry_column_stops_the_run()
    {
        using var fixture = new FixtureCopy("tiny");
        var tiny = Tiny();
        await new ParquetTable()
            .Text("parcel_id", tiny.Select(f => (string?)f.Attributes["parcel_id"]).ToList())
            .Text("year", tiny.Select(f => (string?)f.Attributes["year"]).ToList())
            .Text("class_code", tiny.Select(f => (string?)f.Attributes["class_code"]).ToList())
            .WriteAsync(Path.Combine(fixture.Path, "land_use.parquet"));
        UseLandUse(fixture, "parquet");

        await InputFault.RunAsync(fixture, 4, "land_use.parquet: missing required column 'geometry' for input 'land_use'");
    }

    [Fact]
    public async Task Wkt_in_the_geometry_column_stops_the_run_saying_what_was_found()
    {
        using var fixture = new FixtureCopy("tiny");
        var tiny = Tiny();
        await new ParquetTable()
            .Text("parcel_id", tiny.Select(f => (string?)f.Attributes["parcel_id"]).ToList())
            .Text("year", tiny.Select(f => (string?)f.Attributes["year"]).ToList())
            .Text("class_code", tiny.Select(f => (string?)f.Attributes["class_code"]).ToList())
            .Text("geometry", tiny.Select(f => (string?)f.Geometry!.AsText()).ToList())
            .WriteAsync(Path.Combine(fixture.Path, "land_use.parquet"));
        UseLandUse(fixture, "parquet");

        await InputFault.RunAsync(fixture, 4, "land_use.parquet, field 'geometry': missing required column 'geometry' for input 'land_use': the column holds text, but a geometry column must be binary WKB");
    }

    [Fact]
    public async Task A_parquet_cut_short_stops_the_run_naming_the_file()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteAsync(fixture.Path, "parquet", Tiny());
        Truncate(path, new FileInfo(path).Length / 2);
        UseLandUse(fixture, "parquet");

        await InputFault.RunAsync(fixture, 4, "land_use.parquet: not a readable Parquet file");
    }

    [Fact]
    public async Task A_shapefile_cut_short_stops_the_run_naming_the_lost_feature()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteAsync(fixture.Path, "shp", Tiny());
        Truncate(path, new FileInfo(path).Length - 20);
        UseLandUse(fixture, "shp");

        await InputFault.RunAsync(fixture, 4, "land_use.shp, feature 17: the record ends at byte", "the file is truncated");
    }

    [Fact]
    public async Task A_shapefile_without_its_dbf_stops_the_run_naming_the_dbf()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteAsync(fixture.Path, "shp", Tiny());
        File.Delete(Path.ChangeExtension(path, ".dbf"));
        UseLandUse(fixture, "shp");

        await InputFault.RunAsync(fixture, 4, "land_use.shp: the Shapefile's attribute table land_use.dbf is missing");
    }

    [Fact]
    public async Task A_damaged_geopackage_blob_stops_the_run_naming_the_feature()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteAsync(fixture.Path, "gpkg", Tiny());
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE land_use SET geom = substr(geom, 1, 45) WHERE fid = 3";
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        UseLandUse(fixture, "gpkg");

        await InputFault.RunAsync(fixture, 4, "land_use.gpkg, feature 2, field 'geom': the geometry is not readable GeoPackage geometry");
    }

    [Fact]
    public async Task A_geojson_syntax_error_stops_the_run_naming_the_feature()
    {
        using var fixture = new FixtureCopy("tiny");
        // Feature 4 of land_use.geojson loses the comma between two of its properties.
        fixture.Edit("land_use.geojson", t => t.Replace("\"parcel_id\": \"P5\",", "\"parcel_id\": \"P5\"", StringComparison.Ordinal));

        await InputFault.RunAsync(fixture, 4, "land_use.geojson, feature 4: not a readable GeoJSON FeatureCollection: invalid JSON at line ");
    }

    [Fact]
    public async Task A_degenerate_sub_district_stops_the_run_since_units_are_the_frame()
    {
        using var fixture = new FixtureCopy("tiny");
        // S1 (feature 3) loses its closing point: a reject elsewhere, but every dataset hangs on the units.
        fixture.Edit("units.geojson", t => t.Replace(
            "[450000, 4421000], [450000, 4420000]]]}},",
            "[450000, 4421000]]]}},",
            StringComparison.Ordinal));

        await InputFault.RunAsync(fixture, 4, "units.geojson, feature 3, field 'geometry': subdistrict degenerate geometry: a ring that is not closed or has fewer than 4 points");
    }

    [Fact]
    public async Task A_symbolic_link_to_nothing_is_an_input_fault()
    {
        using var fixture = new FixtureCopy("tiny");
        File.Delete(Path.Combine(fixture.Path, "census.csv"));
        File.CreateSymbolicLink(Path.Combine(fixture.Path, "census.csv"), "census_2020.csv");

        await InputFault.RunAsync(fixture, 4, "input 'census' file is a symbolic link to 'census_2020.csv', which does not exist", "census.csv");
    }

    [Fact]
    public async Task A_loop_of_symbolic_links_is_an_input_fault()
    {
        using var fixture = new FixtureCopy("tiny");
        File.Delete(Path.Combine(fixture.Path, "facilities.csv"));
        File.CreateSymbolicLink(Path.Combine(fixture.Path, "facilities.csv"), "facilities_link.csv");
        File.CreateSymbolicLink(Path.Combine(fixture.Path, "facilities_link.csv"), "facilities.csv");

        await InputFault.RunAsync(fixture, 4, "input 'facilities' file is a symbolic link that cannot be followed (a loop of links?)", "facilities.csv");
    }

    [Fact]
    public async Task A_config_that_is_a_link_to_nothing_is_a_config_fault_not_an_output_one()
    {
        using var temp = new TempDirectory();
        var config = Path.Combine(temp.Path, "evaluation.yaml");
        File.CreateSymbolicLink(config, "gone.yaml");

        var run = await CliRun.RunAsync("run", "--config", config, "--out", Path.Combine(temp.Path, "out"));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"error: {config}: the file is a symbolic link to 'gone.yaml', which does not exist", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_commutes_parquet_cut_short_is_an_input_fault()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteCommutesParquetAsync(fixture);
        Truncate(path, new FileInfo(path).Length - 10);

        await InputFault.RunAsync(fixture, 4, "commutes.parquet: not a readable Parquet file");
    }

    [Fact]
    public async Task A_damaged_page_of_the_commutes_is_an_input_fault_not_an_engine_one()
    {
        using var fixture = new FixtureCopy("tiny");
        var path = await WriteCommutesParquetAsync(fixture);
        // The footer stays whole, so the file opens and its row count reads; the first page no longer decodes,
        // which DuckDB finds only when an indicator's aggregation scans it.
        Overwrite(path, 4, 24);

        await InputFault.RunAsync(fixture, 4, "commutes.parquet: engine duckdb could not read the commutes: ");
    }

    [Fact]
    public async Task Binary_data_in_the_commutes_csv_is_an_input_fault_naming_the_line()
    {
        using var fixture = new FixtureCopy("tiny");
        // Line 5 (the 4th commute, 2020 E1 → E2 by bus) gets binary bytes in its mode: the engine's CSV path reads
        // it, and the run stops.
        fixture.Edit("commutes.csv", t => t.Replace("2020,E1,E2,40,bus,", "2020,E1,E2,40,b\0\u0001s,", StringComparison.Ordinal));

        await InputFault.RunAsync(fixture, 4, "commutes.csv, line 5, field 'mode': holds a NUL byte: the file is binary data, not CSV text");
    }

    private static void UseLandUse(FixtureCopy fixture, string format) =>
        fixture.Edit("evaluation.yaml", t => t.Replace("land_use.geojson", $"land_use.{format}", StringComparison.Ordinal));

    private static async Task<string> WriteCommutesParquetAsync(FixtureCopy fixture)
    {
        var rows = TinyFixture.Rows("commutes.csv");
        var path = Path.Combine(fixture.Path, "commutes.parquet");
        await new ParquetTable()
            .Int("year", rows.Select(r => int.Parse(r["year"]!, CultureInfo.InvariantCulture)).ToList())
            .Text("home_cell", rows.Select(r => r["home_cell"]).ToList())
            .Text("work_cell", rows.Select(r => r["work_cell"]).ToList())
            .Double("minutes", rows.Select(r => double.Parse(r["minutes"]!, CultureInfo.InvariantCulture)).ToList())
            .Text("mode", rows.Select(r => r["mode"]).ToList())
            .Double("persons", rows.Select(r => double.Parse(r["persons"]!, CultureInfo.InvariantCulture)).ToList())
            .WriteAsync(path);
        fixture.Edit("evaluation.yaml", t => t.Replace("commutes.csv", "commutes.parquet", StringComparison.Ordinal));
        return path;
    }
}
