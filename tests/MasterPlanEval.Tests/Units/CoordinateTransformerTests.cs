using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Tests.Crs;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="CoordinateTransformer"/> and <see cref="CrsRegistry"/>: the Gauss-Krüger projection at 117°E checked
/// against facts that follow from its definition (central meridian, equator, meridian arc computed here by
/// numerical integration), UTM's 0.9996 scale, the GCJ-02 path and the plausibility check.
/// </summary>
public sealed class CoordinateTransformerTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(39.9)]
    [InlineData(40.5)]
    [InlineData(-30.0)]
    public void On_the_central_meridian_117E_x_is_the_false_easting(double lat)
    {
        var (x, _) = To4548("EPSG:4326").Transform(117, lat);

        Assert.Equal(500_000, x, 1e-6);
    }

    [Fact]
    public void Central_meridian_at_the_equator_is_the_origin()
    {
        var (x, y) = To4548("EPSG:4326").Transform(117, 0);

        Assert.Equal(500_000, x, 1e-6);
        Assert.Equal(0, y, 1e-6);
    }

    [Fact]
    public void Northing_on_the_central_meridian_is_the_meridian_arc_length()
    {
        // With scale 1 and no false northing, y at (117°E, 40°N) is the WGS84 meridian arc from the equator.
        var (_, y) = To4548("EPSG:4326").Transform(117, 40);

        Assert.Equal(MeridianArc.Metres(40), y, 0.01);
    }

    [Fact]
    public void One_degree_west_at_40N_is_about_85_4_km_west()
    {
        var projection = To4548("EPSG:4326");

        var (xWest, _) = projection.Transform(116, 40);

        // Independent: one degree of longitude at 40° is about 111.32 km · cos 40° ≈ 85.3 km.
        var independentKm = 111.32 * Math.Cos(40 * Math.PI / 180);
        Assert.Equal(-independentKm, (xWest - 500_000) / 1000, 0.5);
    }

    [Theory]
    [InlineData(116.0, 40.0)]
    [InlineData(116.4, 39.9)]
    [InlineData(117.5, 40.6)]
    public void Utm_50N_differs_from_4548_by_the_0_9996_scale(double lon, double lat)
    {
        // Same central meridian (117°E) and false easting; UTM scales by 0.9996, the 3-degree zone by 1.
        var (xGk, yGk) = To4548("EPSG:4326").Transform(lon, lat);
        var (xUtm, yUtm) = Projection("EPSG:4326", "EPSG:32650").Transform(lon, lat);

        Assert.Equal(0.9996, (xUtm - 500_000) / (xGk - 500_000), 1e-9);
        Assert.Equal(0.9996, yUtm / yGk, 1e-9);
    }

    [Fact]
    public void Projected_input_is_unprojected_before_reprojection()
    {
        var (xUtm, yUtm) = Projection("EPSG:4326", "EPSG:32650").Transform(116.4, 39.9);
        var (xGk, yGk) = To4548("EPSG:4326").Transform(116.4, 39.9);

        var (x, y) = To4548("EPSG:32650").Transform(xUtm, yUtm);

        Assert.Equal(xGk, x, 1e-3);
        Assert.Equal(yGk, y, 1e-3);
    }

    [Fact]
    public void Gcj02_input_lands_where_its_wgs84_original_lands()
    {
        var (gcjLon, gcjLat) = Gcj02.FromWgs84(116.391, 39.907);

        var fromGcj = To4548("GCJ-02").Transform(gcjLon, gcjLat);
        var fromWgs = To4548("EPSG:4326").Transform(116.391, 39.907);

        // 1e-7° is about 1 cm; the inverse is iterated to 1e-9°.
        Assert.Equal(fromWgs.X, fromGcj.X, 0.01);
        Assert.Equal(fromWgs.Y, fromGcj.Y, 0.01);
    }

    [Fact]
    public void Same_source_and_working_crs_is_the_identity()
    {
        Assert.Equal((123.456, 7_654_321.0), To4548("EPSG:4548").Transform(123.456, 7_654_321.0));
    }

    [Fact]
    public void Geographic_source_rejects_lon_500_and_lat_95()
    {
        var transformer = To4548("EPSG:4326");

        Assert.False(transformer.IsPlausible(500, 40));
        Assert.False(transformer.IsPlausible(116, 95));
        Assert.False(transformer.IsPlausible(double.NaN, 40));
        Assert.True(transformer.IsPlausible(116.4, 39.9));
        Assert.True(transformer.IsPlausible(-180, -90));
    }

    [Fact]
    public void Projected_source_accepts_any_finite_metres()
    {
        var transformer = To4548("EPSG:32650");

        Assert.True(transformer.IsPlausible(500, 40));
        Assert.True(transformer.IsPlausible(450_000, 4_420_000));
        Assert.False(transformer.IsPlausible(double.PositiveInfinity, 0));
    }

    [Fact]
    public void Geographic_working_crs_is_refused()
    {
        Assert.True(CrsRegistry.TryGet("EPSG:4326", out var geographic));

        Assert.Throws<ArgumentException>(() => new CoordinateTransformer(geographic, geographic));
    }

    private static CoordinateTransformer To4548(string source) => Projection(source, "EPSG:4548");

    private static CoordinateTransformer Projection(string source, string working)
    {
        Assert.True(CrsRegistry.TryGet(source, out var from));
        Assert.True(CrsRegistry.TryGet(working, out var to));
        return new CoordinateTransformer(from, to);
    }
}
