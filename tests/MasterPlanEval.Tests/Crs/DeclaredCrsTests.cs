using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// <see cref="DeclaredCrs"/>: what each geometry format says of its CRS — a Shapefile's .prj, a GeoPackage srs_id,
/// GeoParquet metadata (PROJJSON; no crs member is OGC:CRS84, null is unknown), a GeoJSON crs member (none: RFC 7946's
/// WGS 84, a default only) — read for its meaning.
/// </summary>
public sealed class DeclaredCrsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(CrsDeclarations.Formats), MemberType = typeof(CrsDeclarations))]
    public async Task Each_format_declares_epsg_4547_its_own_way(string format)
    {
        var declared = DeclaredCrs.Read(await CrsDeclarations.LandUseAsync(_temp.Path, format, 4547));

        Assert.NotNull(declared);
        Assert.Null(declared.Problem);
        Assert.False(declared.FormatDefault);
        Assert.True(declared.Crs!.SameMeaning(CrsRegistry.Epsg(4547)!), declared.Crs.Description);
        Assert.Equal(
            format switch
            {
                "shp" => "its land_use.prj",
                "gpkg" => "its GeoPackage srs_id 4547",
                "parquet" => "its GeoParquet metadata",
                _ => "its crs member",
            },
            declared.Source);
    }

    [Theory]
    [MemberData(nameof(CrsDeclarations.Formats), MemberType = typeof(CrsDeclarations))]
    public async Task Xian_1980_is_declared_but_refused(string format)
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, format, 2384);
        if (format == "geojson")
        {
            // A GeoJSON names a code; EPSG:2384 is no code the tool knows.
            Assert.Equal("unknown CRS 'urn:ogc:def:crs:EPSG::2384'", DeclaredCrs.Read(path)!.Problem);
            return;
        }

        var declared = DeclaredCrs.Read(path);

        Assert.Null(declared!.Crs);
        Assert.Contains("datum 'Xian", declared.Problem, StringComparison.Ordinal);
        Assert.Contains("is not WGS 84 or CGCS2000", declared.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shp")] // no .prj
    [InlineData("gpkg")] // srs_id 0, GeoPackage's "undefined geographic"
    [InlineData("parquet")] // plain Parquet, no geo metadata
    public async Task Without_a_declaration_a_file_says_nothing(string format)
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, format, null);
        if (format == "gpkg")
        {
            CrsDeclarations.SetSrs(path, 0, "NONE", 0, "undefined");
        }

        Assert.Null(DeclaredCrs.Read(path));
    }

    [Fact]
    public async Task GeoJson_without_a_crs_member_is_wgs84_by_default_only()
    {
        var declared = DeclaredCrs.Read(await CrsDeclarations.LandUseAsync(_temp.Path, "geojson", null));

        Assert.NotNull(declared);
        Assert.True(declared.FormatDefault);
        Assert.Equal(CrsRegistry.Crs84, declared.Crs);
    }

    [Fact]
    public async Task A_crs_property_of_a_feature_is_no_crs_member()
    {
        var path = Path.Combine(_temp.Path, "land_use.geojson");
        await File.WriteAllTextAsync(path, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"crs\": \"EPSG:4547\"}, \"geometry\": null}]}");

        Assert.True(DeclaredCrs.Read(path)!.FormatDefault);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("{\"type\": \"EPSG\", \"properties\": {\"code\": 4547}}", "EPSG:4547")]
    [InlineData("{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}", "OGC:CRS84")]
    public async Task A_geojson_crs_member_may_be_null_an_old_epsg_member_or_crs84(string member, string? name)
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, "geojson", null);
        await File.WriteAllTextAsync(path, CrsDeclarations.WithCrsMember(await File.ReadAllTextAsync(path), member));

        Assert.Equal(name, DeclaredCrs.Read(path)?.Crs?.Name);
    }

    [Fact]
    public async Task A_linked_geojson_crs_is_not_read()
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, "geojson", null);
        await File.WriteAllTextAsync(path, CrsDeclarations.WithCrsMember(await File.ReadAllTextAsync(path), "{\"type\": \"link\", \"properties\": {\"href\": \"http://example.com/crs/42\"}}"));

        Assert.StartsWith("a crs member of type 'link' is not read", DeclaredCrs.Read(path)!.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "OGC:CRS84")] // no crs member: GeoParquet's default
    [InlineData("null", null)] // unknown
    public async Task GeoParquet_without_a_crs_is_crs84_and_with_null_unknown(string? member, string? name)
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        await new Formats.ParquetTable().Binary("geometry", [null]).Metadata("geo", CrsDeclarations.GeoMetadata(member)).WriteAsync(path);

        Assert.Equal(name, DeclaredCrs.Read(path)?.Crs?.Name);
    }

    [Fact]
    public async Task GeoParquet_projjson_without_an_id_is_read_by_its_parameters()
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        await new Formats.ParquetTable().Binary("geometry", [null]).Metadata("geo", CrsDeclarations.GeoMetadata(CrsDeclarations.ProjJson(4547, withId: false))).WriteAsync(path);

        var crs = DeclaredCrs.Read(path)!.Crs!;

        Assert.Equal("CGCS2000 / 3-degree Gauss-Kruger CM 114E", crs.Name);
        Assert.Equal(new TransverseMercator(114, 1, 500_000, 0), crs.Projection);
        Assert.EndsWith("the same as EPSG:4547", crs.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geopackage_srs_of_another_organization_is_read_from_its_wkt()
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, "gpkg", null);
        CrsDeclarations.SetSrs(path, 100_001, "CITY", 1, WktTexts.LocalGrid);

        var crs = DeclaredCrs.Read(path)!.Crs!;

        Assert.Equal("City local grid", crs.Name);
        Assert.Equal(new TransverseMercator(116.35, 1, 50_000, -4_000_000), crs.Projection);
    }

    [Fact]
    public async Task A_prj_that_does_not_parse_is_a_problem_not_silence()
    {
        var path = await CrsDeclarations.LandUseAsync(_temp.Path, "shp", null);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".prj"), "PROJCS[\"half a prj\",GEOGCS[");

        var declared = DeclaredCrs.Read(path)!;

        Assert.Null(declared.Crs);
        Assert.StartsWith("the WKT does not parse", declared.Problem, StringComparison.Ordinal);
    }
}
