using MasterPlanEval.Core.Config;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// <see cref="InputCrs"/> in whole runs of the tiny fixture with its land use in each geometry format: a file that
/// declares another CRS than its config is one input line (exit 4) naming the file and both CRSs; a config without
/// crs takes the file's; neither is one config line; a declaration the tool cannot use stops the run.
/// </summary>
public sealed class InputCrsRunTests
{
    private const string LandUseEntry = "land_use.geojson,      crs: EPSG:4548,";

    [Theory]
    [MemberData(nameof(CrsDeclarations.Formats), MemberType = typeof(CrsDeclarations))]
    public async Task A_file_declaring_another_crs_than_the_config_stops_the_run(string format)
    {
        using var fixture = await WithLandUse(format, 4547, "crs: EPSG:4548,");

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        // A .prj of ESRI's has no authority: it is named by its own name and said to be EPSG:4547.
        OneLineError.Assert(
            run,
            4,
            $"land_use.{format}: input 'land_use' declares CRS {(format == "shp" ? "CGCS2000_3_Degree_GK_CM_114E" : "EPSG:4547")} (",
            format == "shp" ? "the same as EPSG:4547) (its land_use.prj)" : "(CGCS2000 / 3-degree Gauss-Kruger CM 114E) (its ",
            "but the config's crs is EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E): one of them is wrong");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Theory]
    [MemberData(nameof(CrsDeclarations.Formats), MemberType = typeof(CrsDeclarations))]
    public async Task Without_a_config_crs_the_declared_one_is_used(string format)
    {
        using var fixture = await WithLandUse(format, 4548, string.Empty);

        var result = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        // README §3: 1.1 km² of urban and rural construction land in 2020, as read from the GeoJSON in EPSG:4548.
        var row = result.Rows.Single(r => r.Year == 2020 && r.UnitId == "C" && r.IndicatorId == "urban_rural_construction_land_area");
        Assert.Equal(1.1, row.Value!.Value, 9);
        Assert.Equal((18, 17, 1), Counts(result, "land_use"));
    }

    [Fact]
    public async Task Neither_config_nor_file_naming_a_crs_is_one_config_line()
    {
        using var fixture = await WithLandUse("shp", null, string.Empty);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 3, "evaluation.yaml, field 'inputs.land_use.crs': input 'land_use' needs a crs: the config gives none and land_use.shp declares none");
    }

    [Fact]
    public async Task A_geojson_without_crs_member_or_config_crs_is_read_as_wgs84_and_found_out()
    {
        // RFC 7946's lon/lat is the default; the fixture's metres are no longitudes, and the whole file is named.
        using var fixture = await WithLandUse("geojson", null, string.Empty);

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 4, "land_use.geojson", "is its crs OGC:CRS84 (RFC 7946's default: no crs member) right?");
    }

    [Fact]
    public async Task A_declared_xian_1980_stops_the_run_even_with_a_config_crs()
    {
        using var fixture = await WithLandUse("shp", 2384, "crs: EPSG:4548,");

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(
            run,
            4,
            "land_use.shp: input 'land_use' declares a CRS the tool cannot use (its land_use.prj): 'Xian 1980 / 3-degree Gauss-Kruger CM 117E': datum 'Xian_1980'",
            "; the config's crs is EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E) (accepted: ");
    }

    [Fact]
    public void Gcj02_in_the_config_agrees_with_a_file_declaring_wgs84()
    {
        // No format can declare GCJ-02: web-map exports carry WGS 84's name.
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "units.geojson");
        File.WriteAllText(path, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4326\"}}, \"features\": []}");

        var crs = InputCrs.Resolve(new InputSpec("planning_units", path, "GCJ-02", null), Path.Combine(temp.Path, "evaluation.yaml"));

        Assert.True(crs.IsGcj02);
    }

    private static async Task<FixtureCopy> WithLandUse(string format, int? declared, string configCrs)
    {
        var fixture = new FixtureCopy("tiny");
        File.Delete(Path.Combine(fixture.Path, "land_use.geojson"));
        await CrsDeclarations.LandUseAsync(fixture.Path, format, declared);
        fixture.Edit("evaluation.yaml", t => t.Replace(LandUseEntry, $"land_use.{format}, {configCrs}", StringComparison.Ordinal));
        return fixture;
    }

    private static (long, long, long) Counts(MasterPlanEval.Cli.Pipeline.RunResult result, string dataset)
    {
        var count = result.Manifest.Datasets.Single(d => d.Dataset == dataset);
        return (count.Read, count.Accepted, count.Rejected);
    }
}
