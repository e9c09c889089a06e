using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// Inputs read as delivered (issue 10): <c>inputs.&lt;dataset&gt;.columns</c> names the file's column for a contract
/// column, <c>inputs.&lt;dataset&gt;.year</c> gives a file without a year column its year, and Parquet columns may be
/// whole or floating-point numbers where the contract takes them (cell ids as integers, minutes as int32, years as
/// int16). A reject names the contract column and, in parentheses, the file's.
/// </summary>
public sealed class ColumnMappingTests : IDisposable
{
    private static readonly Dictionary<string, string> GridColumns = new()
    {
        ["cell_id"] = "grid_id",
        ["year"] = "yr",
        ["x"] = "lon",
        ["y"] = "lat",
        ["residents"] = "pop_night",
        ["workers"] = "pop_day",
    };

    private static readonly Dictionary<string, string> CommuteColumns = new()
    {
        ["home_cell"] = "o_grid",
        ["work_cell"] = "d_grid",
        ["minutes"] = "duration_min",
        ["mode"] = "travel_mode",
        ["persons"] = "cnt",
        ["distance_km"] = "dist",
    };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_grid_csv_with_the_vendor_s_names_gives_the_fixture_s_cells()
    {
        var path = Renamed("population_grid.csv", ("cell_id,year,x,y,residents,workers", "grid_id,yr,lon,lat,pop_night,pop_day"));

        var expected = PopulationGridReader.Read(TinyFixture.Spec(Datasets.PopulationGrid, TinyFixture.Source("population_grid.csv")), TinyFixture.Transformer());
        var actual = PopulationGridReader.Read(Spec(Datasets.PopulationGrid, path, GridColumns), TinyFixture.Transformer());

        Assert.Equal(18, actual.Accepted.Count);
        Assert.Equal(expected.Accepted, actual.Accepted);
    }

    [Fact]
    public async Task A_grid_parquet_with_integer_cell_ids_and_typed_columns_names_its_reject_by_both_columns()
    {
        var path = Path.Combine(_temp.Path, "grid.parquet");
        await new ParquetTable()
            .Values<long>("grid_id", [101, 102, 101])
            .Values<short>("yr", [2024, 2024, 2024])
            .Values<double>("lon", [450125, 450625, 450875])
            .Values<float>("lat", [4420125, 4420625, 4420875])
            .Values<int>("pop_night", [2000, 3000, 1000])
            .Values<long>("pop_day", [500, 1000, 2000])
            .WriteAsync(path);

        var result = PopulationGridReader.Read(Spec(Datasets.PopulationGrid, path, GridColumns), TinyFixture.Transformer());

        Assert.Equal([new GridCell("101", 2024, 450125, 4420125, 2000, 500), new GridCell("102", 2024, 450625, 4420625, 3000, 1000)], result.Accepted);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("row 3", "cell_id (file column grid_id)", "cell '101' appears twice for 2024 (first at row 1)"), (reject.Row, reject.Field, reject.Reason));
    }

    [Fact]
    public void A_census_without_a_year_column_takes_the_config_s_year()
    {
        var path = Write("census.csv", "street,population\nS1,10000\nS2,-5\nS3,12000\n");
        var spec = Spec(Datasets.Census, path, new() { ["unit_id"] = "street", ["residents"] = "population" }) with { Year = 2020 };

        var result = CensusReader.Read(spec, new HashSet<string>(["S1", "S2", "S3"]));

        Assert.Equal([new CensusRow("S1", 2020, 10000), new CensusRow("S3", 2020, 12000)], result.Accepted);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("line 3", "residents (file column population)", "-5 is out of range: must be >= 0 and <= 2000000 per sub-district"), (reject.Row, reject.Field, reject.Reason));
    }

    [Fact]
    public void Geojson_units_land_use_control_and_rail_lines_with_mapped_properties_read_as_the_fixture()
    {
        var units = Renamed("units.geojson", ("\"unit_id\":", "\"编码\":"), ("\"parent_id\":", "\"上级\":"), ("\"level\":", "\"层级\":"), ("\"name_zh\":", "\"名称\":"), ("\"name_en\":", "\"英文名\":"));
        var land = Renamed("land_use.geojson", ("\"parcel_id\":", "\"TBBH\":"), ("\"year\":", "\"survey_year\":"), ("\"class_code\":", "\"DLBM\":"));
        var control = Renamed("control_lines.geojson", ("\"line_id\":", "\"zone_code\":"), ("\"kind\":", "\"zone_type\":"));
        var rail = Renamed("rail_lines.geojson", ("\"line_id\":", "\"route\":"), ("\"name\":", "\"route_name\":"), ("\"year_open\":", "\"opened\":"));
        var t = TinyFixture.Transformer();

        var mappedUnits = PlanningUnitsReader.Read(Spec(Datasets.PlanningUnits, units, new() { ["unit_id"] = "编码", ["parent_id"] = "上级", ["level"] = "层级", ["name_zh"] = "名称", ["name_en"] = "英文名" }), t);
        var mappedLand = LandUseReader.Read(Spec(Datasets.LandUse, land, new() { ["parcel_id"] = "TBBH", ["year"] = "survey_year", ["class_code"] = "DLBM" }), t, TinyFixture.LandClasses());
        var mappedControl = ControlLinesReader.Read(Spec(Datasets.ControlLines, control, new() { ["line_id"] = "zone_code", ["kind"] = "zone_type" }), t);
        var mappedRail = RailLinesReader.Read(Spec(Datasets.RailLines, rail, new() { ["line_id"] = "route", ["name"] = "route_name", ["year_open"] = "opened" }), t);

        var originalUnits = PlanningUnitsReader.Read(TinyFixture.Spec(Datasets.PlanningUnits, TinyFixture.Source("units.geojson")), t);
        Assert.Equal(6, mappedUnits.Accepted.Count);
        Assert.Equal(originalUnits.Accepted.Select(u => (u.Id, u.ParentId, u.Level, u.Name)), mappedUnits.Accepted.Select(u => (u.Id, u.ParentId, u.Level, u.Name)));
        var originalLand = LandUseReader.Read(TinyFixture.Spec(Datasets.LandUse, TinyFixture.Source("land_use.geojson")), t, TinyFixture.LandClasses());
        Assert.Equal(originalLand.Accepted.Select(p => (p.Id, p.Year, p.ClassCode, p.Geometry.Area)), mappedLand.Accepted.Select(p => (p.Id, p.Year, p.ClassCode, p.Geometry.Area)));

        // Feature 17 of the fixture has class 9999, which no class maps: its reject names the file's column too.
        var reject = Assert.Single(mappedLand.Rejects);
        Assert.Equal(("feature 17", "class_code (file column DLBM)", "'9999' has no mapping in classification gb-land-sea-2023"), (reject.Row, reject.Field, reject.Reason));
        Assert.Equal(
            ControlLinesReader.Read(TinyFixture.Spec(Datasets.ControlLines, TinyFixture.Source("control_lines.geojson")), t).Accepted.Select(c => (c.Id, c.Kind)),
            mappedControl.Accepted.Select(c => (c.Id, c.Kind)));
        Assert.Equal([("L1", "1号线", null), ("L2", "2号线", 2023), ("L3", "郊区线", (int?)2000)], mappedRail.Accepted.Select(r => (r.Id, r.Name, r.YearOpen)));
    }

    [Fact]
    public async Task A_land_use_parquet_with_a_short_year_and_mapped_columns_reads_its_parcels()
    {
        var path = Path.Combine(_temp.Path, "land.parquet");
        var wkb = new WKBWriter();
        await new ParquetTable()
            .Values<long>("TBBH", [7, 8])
            .Values<short>("survey_year", [2024, 2024])
            .Text("DLBM", ["0701", "0901"])
            .Binary("geometry", [wkb.Write(ParcelFiles.Square(450500, 4420000, 400)), wkb.Write(ParcelFiles.Square(451500, 4420000, 200))])
            .WriteAsync(path);

        var result = LandUseReader.Read(Spec(Datasets.LandUse, path, new() { ["parcel_id"] = "TBBH", ["year"] = "survey_year", ["class_code"] = "DLBM" }), TinyFixture.Transformer(), TinyFixture.LandClasses());

        Assert.Equal([("7", 2024, "0701", 160_000.0), ("8", 2024, "0901", 40_000.0)], result.Accepted.Select(p => (p.Id, p.Year, p.ClassCode, p.Geometry.Area)));
    }

    [Fact]
    public async Task A_facilities_parquet_with_mapped_optional_columns_reads_them()
    {
        var path = Path.Combine(_temp.Path, "poi.parquet");
        await new ParquetTable()
            .Text("poi_id", ["PK1", "RS1"])
            .Text("category", ["park", "rail_station"])
            .Values<double>("px", [450125, 451125])
            .Values<double>("py", [4420425, 4420625])
            .Values<int>("opened", [2000, 2025])
            .Text("poi_name", ["甲公园", "乙站"])
            .WriteAsync(path);
        var columns = new Dictionary<string, string> { ["facility_id"] = "poi_id", ["type"] = "category", ["x"] = "px", ["y"] = "py", ["year_open"] = "opened", ["name"] = "poi_name" };

        var result = FacilitiesReader.Read(Spec(Datasets.Facilities, path, columns), TinyFixture.Transformer());

        Assert.Equal([new Facility("PK1", "park", 450125, 4420425, 2000, "甲公园"), new Facility("RS1", "rail_station", 451125, 4420625, 2025, "乙站")], result.Accepted);
    }

    [Fact]
    public void A_commutes_csv_with_the_vendor_s_names_and_a_constant_year_is_checked_by_the_engine()
    {
        var path = Write("od.csv", "o_grid,d_grid,duration_min,travel_mode,cnt\nA1,A2,25,rail,3\nA2,,40,car,1\nA1,A2,abc,bus,1\n");
        var spec = Spec(Datasets.Mobility, path, CommuteColumns.Where(c => c.Key != "distance_km").ToDictionary()) with { Year = 2024 };

        var (check, accepted) = CommuteReading.Read(spec, CommuteReading.TwoCellsAndOneOutside);

        Assert.Equal((3L, 2L, 1L), (check.Count.Read, check.Count.Accepted, check.Count.Rejected));
        Assert.Equal([new AcceptedCommute(2024, "S1", "S2", 25, "rail", 3, null), new AcceptedCommute(2024, "S2", null, 40, "car", 1, null)], accepted);
        var reject = Assert.Single(check.Rejects);
        Assert.Equal(("line 4", "minutes (file column duration_min)", "'abc' is not a number"), (reject.Row, reject.Field, reject.Reason));
        Assert.Equal([2024], check.AcceptedByYear.Keys);
    }

    [Fact]
    public async Task A_commutes_parquet_with_integer_cells_int32_minutes_and_a_constant_year_is_read_where_it_lies()
    {
        var path = Path.Combine(_temp.Path, "od.parquet");
        await new ParquetTable()
            .Values<long>("o_grid", [101, 102, 101])
            .Values<long>("d_grid", [102, 101, 999])
            .Values<int>("duration_min", [30, 0, 20])
            .Text("travel_mode", ["bus", "bus", "walk"])
            .Values<int>("cnt", [2, 1, 1])
            .Values<double>("dist", [4.5, 4.5, 1])
            .WriteAsync(path);
        var spec = Spec(Datasets.Mobility, path, CommuteColumns) with { Year = 2024 };
        var before = File.ReadAllBytes(path);

        var (check, accepted) = CommuteReading.Read(spec, new Dictionary<string, string?> { ["101"] = "S1", ["102"] = "S2" });

        Assert.Equal([new AcceptedCommute(2024, "S1", "S2", 30, "bus", 2, 4.5)], accepted);
        Assert.Equal(
            [
                ("row 2", "minutes (file column duration_min)", "0 is out of range: must be > 0 and <= 300 minutes"),
                ("row 3", "work_cell (file column d_grid)", "unknown cell '999' (not a cell of population_grid; an end outside the city is empty)"),
            ],
            check.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task The_mobility_source_tells_the_engine_how_each_column_is_stored_and_where_it_lies()
    {
        var path = Path.Combine(_temp.Path, "od.parquet");
        await new ParquetTable()
            .Values<long>("o_grid", [101])
            .Text("d_grid", ["102"])
            .Values<int>("duration_min", [30])
            .Text("travel_mode", ["bus"])
            .Values<double>("cnt", [2])
            .WriteAsync(path);

        var source = MobilityReader.Open(Spec(Datasets.Mobility, path, CommuteColumns.Where(c => c.Key != "distance_km").ToDictionary()) with { Year = 2024 });

        Assert.Equal(
            new Dictionary<string, Core.Mobility.StoredAs>
            {
                ["year"] = Core.Mobility.StoredAs.Integer,
                ["home_cell"] = Core.Mobility.StoredAs.Integer,
                ["work_cell"] = Core.Mobility.StoredAs.Text,
                ["minutes"] = Core.Mobility.StoredAs.Integer,
                ["mode"] = Core.Mobility.StoredAs.Text,
                ["persons"] = Core.Mobility.StoredAs.Number,
            },
            source.Columns);
        Assert.Equal(
            "CAST(2024 AS INTEGER) AS year, [o_grid] AS home_cell, [d_grid] AS work_cell, [duration_min] AS minutes, [travel_mode] AS mode, [cnt] AS persons",
            source.SelectList(c => $"[{c}]"));
    }

    [Fact]
    public void A_mapped_column_the_file_lacks_names_dataset_file_column_and_contract_column()
    {
        var spec = Spec(Datasets.PopulationGrid, TinyFixture.Source("population_grid.csv"), new() { ["residents"] = "pop_night" });

        var error = InputFault.Throws(() => PopulationGridReader.Read(spec, TinyFixture.Transformer()));

        Assert.Equal(
            $"{spec.Path}, field 'pop_night': input 'population_grid' maps residents to column 'pop_night' (inputs.population_grid.columns), which the file does not have (its columns: cell_id, year, x, y, residents, workers)",
            error.OneLine);
    }

    [Fact]
    public async Task A_boolean_minutes_column_is_one_input_error_naming_file_and_column()
    {
        var path = Path.Combine(_temp.Path, "od.parquet");
        await new ParquetTable()
            .Values<int>("year", [2024])
            .Text("home_cell", ["A1"])
            .Text("work_cell", ["A2"])
            .Values<bool>("duration_min", [true])
            .Text("mode", ["bus"])
            .WriteAsync(path);

        var error = InputFault.Throws(() => MobilityReader.Open(Spec(Datasets.Mobility, path, new() { ["minutes"] = "duration_min" })));

        Assert.Equal(
            $"{path}, field 'duration_min': column 'duration_min' (mapped to minutes) of input 'mobility' holds Parquet Boolean values, but minutes takes whole or floating-point numbers, or text holding them",
            error.OneLine);
    }

    [Fact]
    public async Task A_floating_point_cell_id_column_is_one_input_error()
    {
        var path = Path.Combine(_temp.Path, "grid.parquet");
        await new ParquetTable()
            .Values<double>("cell_id", [1.5])
            .Values<int>("year", [2024])
            .Values<double>("x", [450125])
            .Values<double>("y", [4420125])
            .Values<double>("residents", [1])
            .Values<double>("workers", [1])
            .WriteAsync(path);

        var error = InputFault.Throws(() => PopulationGridReader.Read(TinyFixture.Spec(Datasets.PopulationGrid, path), TinyFixture.Transformer()));

        Assert.Equal($"{path}, field 'cell_id': column 'cell_id' of input 'population_grid' holds Parquet Double values, but cell_id takes text or whole numbers", error.OneLine);
    }

    private static InputSpec Spec(string dataset, string path, Dictionary<string, string> columns) =>
        TinyFixture.Spec(dataset, path) with { Columns = columns };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    // A copy of a fixture file with each (old, new) text replaced: a header line or GeoJSON property keys.
    private string Renamed(string fixtureFile, params (string Old, string New)[] renames) =>
        Write(fixtureFile, renames.Aggregate(File.ReadAllText(TinyFixture.Source(fixtureFile)), (text, r) => text.Replace(r.Old, r.New, StringComparison.Ordinal)));
}
