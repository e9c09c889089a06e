using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="Gcj02"/>: a published reference value of the forward formula, the iterated inverse, the size and
/// direction of the offset in Beijing (measured in EPSG:4548 metres) and identity outside China.
/// </summary>
public sealed class Gcj02Tests
{
    public static TheoryData<double, double> BeijingPoints => new()
    {
        { 116.391, 39.907 }, // Tiananmen
        { 116.404, 39.915 },
        { 116.310, 39.992 }, // Haidian
        { 116.600, 40.100 }, // Shunyi
        { 115.950, 39.730 }, // Fangshan
        { 117.200, 40.600 }, // Miyun, east of the 117°E meridian
    };

    [Fact]
    public void Forward_formula_matches_the_published_reference_value()
    {
        // wandergis/coordtransform README (an independent implementation of the public formula):
        // wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
        var (lon, lat) = Gcj02.FromWgs84(116.404, 39.915);

        Assert.Equal(116.41024449916938, lon, 1e-9);
        Assert.Equal(39.91640428150164, lat, 1e-9);
    }

    [Theory]
    [MemberData(nameof(BeijingPoints))]
    public void Inverse_undoes_the_forward_formula_within_1e7_degrees(double lon, double lat)
    {
        var (gcjLon, gcjLat) = Gcj02.FromWgs84(lon, lat);

        var (backLon, backLat) = Gcj02.ToWgs84(gcjLon, gcjLat);

        Assert.Equal(lon, backLon, 1e-7);
        Assert.Equal(lat, backLat, 1e-7);
    }

    [Theory]
    [InlineData(116.391, 39.907)]
    [InlineData(116.404, 39.915)]
    [InlineData(116.360, 39.930)]
    [InlineData(116.430, 39.880)]
    public void Offset_in_central_beijing_is_about_500_to_600_m_east_and_100_to_300_m_north(double lon, double lat)
    {
        // Measured in metres: both positions projected to EPSG:4548 as if they were WGS84.
        var projection = Transformer("EPSG:4326");
        var (gcjLon, gcjLat) = Gcj02.FromWgs84(lon, lat);

        var (x0, y0) = projection.Transform(lon, lat);
        var (x1, y1) = projection.Transform(gcjLon, gcjLat);

        Assert.InRange(x1 - x0, 500, 600);
        Assert.InRange(y1 - y0, 100, 300);
    }

    [Theory]
    [InlineData(-0.1276, 51.5072)] // London
    [InlineData(139.69, 35.69)] // Tokyo, east of the China box
    [InlineData(-74.006, 40.7128)] // New York
    [InlineData(151.21, -33.87)] // Sydney
    public void Outside_china_both_directions_are_the_identity(double lon, double lat)
    {
        Assert.Equal((lon, lat), Gcj02.FromWgs84(lon, lat));
        Assert.Equal((lon, lat), Gcj02.ToWgs84(lon, lat));
    }

    [Fact]
    public void Inside_china_the_formula_is_not_the_identity()
    {
        // Guards the identity test above: the same call really moves a Beijing point.
        Assert.NotEqual((116.404, 39.915), Gcj02.FromWgs84(116.404, 39.915));
    }

    private static CoordinateTransformer Transformer(string source)
    {
        Assert.True(CrsRegistry.TryGet(source, out var from));
        Assert.True(CrsRegistry.TryGet("EPSG:4548", out var working));
        return new CoordinateTransformer(from, working);
    }
}
