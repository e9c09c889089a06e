using MasterPlanEval.Ingest.Config;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// The CRS keys of evaluation.yaml (<c>working_crs</c>, <c>inputs.&lt;dataset&gt;.crs</c>) accept a registered name,
/// inline WKT1 or a .prj path relative to the config; anything unsupported or unparseable is one config line (exit 3)
/// naming the key, before anything is read.
/// </summary>
public sealed class CrsConfigTests
{
    private const string FacilitiesCrs = "facilities.csv,        crs: EPSG:4548 }";

    // EPSG's WKT of EPSG:4548 without its authorities: only its parameters say what it is.
    private static readonly string AnonymousCm117 = System.Text.RegularExpressions.Regex.Replace(WktTexts.EpsgCgcs2000Cm117, ",AUTHORITY\\[\"EPSG\",\"[0-9]+\"\\]", string.Empty);

    [Fact]
    public void Inline_wkt_with_an_epsg_authority_is_kept_as_that_code()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace(FacilitiesCrs, $"facilities.csv, crs: '{WktTexts.EpsgCgcs2000Cm117}' }}", StringComparison.Ordinal));

        var config = ConfigLoader.Load(fixture.Config);

        Assert.Equal("EPSG:4548", config.Input("facilities").Crs);
    }

    [Fact]
    public async Task A_prj_path_beside_the_config_gives_the_same_run()
    {
        using var fixture = new FixtureCopy("tiny");
        Directory.CreateDirectory(Path.Combine(fixture.Path, "crs"));
        await File.WriteAllTextAsync(Path.Combine(fixture.Path, "crs", "cm117.prj"), AnonymousCm117);
        fixture.Edit("evaluation.yaml", t => t
            .Replace("working_crs: EPSG:4548", "working_crs: crs/cm117.prj", StringComparison.Ordinal)
            .Replace(FacilitiesCrs, "facilities.csv, crs: crs/cm117.prj }", StringComparison.Ordinal));

        var config = ConfigLoader.Load(fixture.Config);
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        // Kept as WKT built from its parameters; the same projection as EPSG:4548, so nothing is reprojected.
        Assert.StartsWith("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 117E\"", config.WorkingCrs, StringComparison.Ordinal);
        Assert.Equal(config.WorkingCrs, config.Input("facilities").Crs);
        Assert.Equal(0, run.ExitCode);
    }

    public static TheoryData<string, string, string> BadCrs() => new()
    {
        { "crs: EPSG:2384", "inputs.facilities.crs", "unknown CRS 'EPSG:2384' for input 'facilities' (accepted: EPSG:4326, EPSG:4490, GCJ-02, EPSG:4491–4554" },
        { "crs: EPSG:9999", "inputs.facilities.crs", "Xian 1980 and Beijing 1954 zones are not accepted (they need a datum shift to CGCS2000)" },
        { "crs: 'PROJCS[\"half\",GEOGCS['", "inputs.facilities.crs", "the crs (a WKT text) of input 'facilities' is not accepted: the WKT does not parse" },
        {
            $"crs: '{WktTexts.Xian1980Cm117}'",
            "inputs.facilities.crs",
            "the crs (a WKT text) of input 'facilities' is not accepted: 'Xian 1980 / 3-degree Gauss-Kruger CM 117E': datum 'Xian_1980' (ellipsoid 6378140 m, 1/f 298.257) is not WGS 84 or CGCS2000"
        },
        { "crs: zone.prj", "inputs.facilities.crs", "the .prj file not found: " },
    };

    [Theory]
    [MemberData(nameof(BadCrs))]
    public async Task An_input_crs_the_tool_cannot_use_is_one_config_line(string setting, string field, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace(FacilitiesCrs, $"facilities.csv, {setting} }}", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 3, "evaluation.yaml", $"field '{field}'", message);
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Theory]
    [InlineData("EPSG:4326", "working_crs 'EPSG:4326' must be a projected CRS in metres: EPSG:4491–4554 (CGCS2000 Gauss-Kruger)")]
    [InlineData("GCJ-02", "working_crs 'GCJ-02' must be a projected CRS in metres")]
    [InlineData("EPSG:3857", "working_crs 'EPSG:3857' must be a projected CRS in metres (unknown CRS 'EPSG:3857')")]
    public async Task A_working_crs_must_be_a_projection_in_metres(string crs, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("working_crs: EPSG:4548", $"working_crs: {crs}", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 3, "field 'working_crs'", message);
    }

    [Fact]
    public async Task A_grid_without_a_crs_is_a_config_error_as_its_columns_cannot_say()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("population_grid.csv,   crs: EPSG:4548 }", "population_grid.csv }", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        OneLineError.Assert(run, 3, "field 'inputs.population_grid.crs'", "input 'population_grid' needs a crs (EPSG:4326, EPSG:4490, GCJ-02");
    }
}
