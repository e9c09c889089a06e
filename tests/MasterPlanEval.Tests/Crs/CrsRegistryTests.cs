using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// <see cref="CrsRegistry"/>: the parameters of each EPSG series at its ends and in the middle, as PROJ defines them
/// (proj strings quoted in each case), and projected coordinates checked against independent computations: PROJ's
/// published outputs (epsg.io, the PROJ docs) and the meridian arc on a central meridian, derived here.
/// </summary>
public sealed class CrsRegistryTests
{
    [Theory]
    // +proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=13500000 (CGCS2000 / Gauss-Kruger zone 13)
    [InlineData(4491, 75, 1, 13_500_000, 0, "CGCS2000 / Gauss-Kruger zone 13")]
    [InlineData(4501, 135, 1, 23_500_000, 0, "CGCS2000 / Gauss-Kruger zone 23")]
    // +lon_0=75 +x_0=500000 (CGCS2000 / Gauss-Kruger CM 75E), +lon_0=117 (CM 117E), +lon_0=135 (CM 135E)
    [InlineData(4502, 75, 1, 500_000, 0, "CGCS2000 / Gauss-Kruger CM 75E")]
    [InlineData(4509, 117, 1, 500_000, 0, "CGCS2000 / Gauss-Kruger CM 117E")]
    [InlineData(4512, 135, 1, 500_000, 0, "CGCS2000 / Gauss-Kruger CM 135E")]
    // +lon_0=75 +x_0=25500000 (3-degree zone 25), +lon_0=114 +x_0=38500000 (zone 38), +lon_0=135 +x_0=45500000 (zone 45)
    [InlineData(4513, 75, 1, 25_500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger zone 25")]
    [InlineData(4526, 114, 1, 38_500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger zone 38")]
    [InlineData(4533, 135, 1, 45_500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger zone 45")]
    // +lon_0=75, 114, 117, 120, 135 +x_0=500000 (3-degree CM series)
    [InlineData(4534, 75, 1, 500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger CM 75E")]
    [InlineData(4547, 114, 1, 500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger CM 114E")]
    [InlineData(4548, 117, 1, 500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger CM 117E")]
    [InlineData(4549, 120, 1, 500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger CM 120E")]
    [InlineData(4554, 135, 1, 500_000, 0, "CGCS2000 / 3-degree Gauss-Kruger CM 135E")]
    // +proj=utm +zone=N (+south): lon_0 = 6N − 183, k = 0.9996, x_0 = 500000, y_0 = 10000000 south
    [InlineData(32601, -177, 0.9996, 500_000, 0, "WGS 84 / UTM zone 1N")]
    [InlineData(32650, 117, 0.9996, 500_000, 0, "WGS 84 / UTM zone 50N")]
    [InlineData(32660, 177, 0.9996, 500_000, 0, "WGS 84 / UTM zone 60N")]
    [InlineData(32701, -177, 0.9996, 500_000, 10_000_000, "WGS 84 / UTM zone 1S")]
    [InlineData(32756, 153, 0.9996, 500_000, 10_000_000, "WGS 84 / UTM zone 56S")]
    [InlineData(32760, 177, 0.9996, 500_000, 10_000_000, "WGS 84 / UTM zone 60S")]
    public void Each_series_has_the_epsg_parameters(int code, double centralMeridian, double scale, double falseEasting, double falseNorthing, string title)
    {
        var crs = CrsRegistry.Epsg(code);

        Assert.NotNull(crs);
        Assert.Equal($"EPSG:{code}", crs.Name);
        Assert.Equal(title, crs.Title);
        Assert.False(crs.IsGeographic);
        Assert.Equal(new TransverseMercator(centralMeridian, scale, falseEasting, falseNorthing), crs.Projection);
    }

    [Theory]
    [InlineData(4489)] // below the CGCS2000 projected series
    [InlineData(4555)] // New Beijing lon/lat
    [InlineData(2384)] // Xian 1980 / 3-degree Gauss-Kruger CM 117E
    [InlineData(2436)] // Beijing 1954 / 3-degree Gauss-Kruger CM 117E
    [InlineData(3857)] // Web Mercator
    [InlineData(32600)]
    [InlineData(32661)] // UPS North
    [InlineData(32700)]
    [InlineData(32761)] // UPS South
    public void Codes_outside_the_series_are_unknown(int code)
    {
        Assert.Null(CrsRegistry.Epsg(code));
        Assert.False(CrsRegistry.TryGet($"EPSG:{code}", out _));
    }

    [Theory]
    [InlineData("EPSG:4547", "EPSG:4547")]
    [InlineData("epsg:4547", "EPSG:4547")]
    [InlineData(" EPSG:4547 ", "EPSG:4547")]
    [InlineData("urn:ogc:def:crs:EPSG::4547", "EPSG:4547")]
    [InlineData("urn:ogc:def:crs:EPSG:9.8.15:4547", "EPSG:4547")]
    [InlineData("OGC:CRS84", "OGC:CRS84")]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", "OGC:CRS84")]
    [InlineData("gcj-02", "GCJ-02")]
    public void Names_and_urns_are_matched_ignoring_case(string text, string name)
    {
        Assert.True(CrsRegistry.TryGet(text, out var crs));
        Assert.Equal(name, crs.Name);
    }

    [Theory]
    [InlineData("EPSG:4547x")]
    [InlineData("EPSG:")]
    [InlineData("4547")]
    [InlineData("CGCS2000")]
    public void Other_text_is_not_a_name(string text) => Assert.False(CrsRegistry.TryGet(text, out _));

    [Fact]
    public void Wgs84_cgcs2000_and_crs84_lon_lat_mean_the_same()
    {
        var wgs84 = CrsRegistry.Epsg(4326)!;
        var cgcs2000 = CrsRegistry.Epsg(4490)!;

        Assert.True(wgs84.SameMeaning(cgcs2000));
        Assert.True(wgs84.SameMeaning(CrsRegistry.Crs84));
        Assert.True(CrsRegistry.TryGet("GCJ-02", out var gcj));
        Assert.False(wgs84.SameMeaning(gcj));
    }

    [Fact]
    public void The_6_degree_and_3_degree_zones_at_117E_are_one_projection()
    {
        // Same parameters, different zone widths: files in one are the other's coordinates.
        Assert.True(CrsRegistry.Epsg(4509)!.SameMeaning(CrsRegistry.Epsg(4548)!));
        Assert.False(CrsRegistry.Epsg(4527)!.SameMeaning(CrsRegistry.Epsg(4548)!)); // zone-numbered false easting
        Assert.False(CrsRegistry.Epsg(32650)!.SameMeaning(CrsRegistry.Epsg(4548)!)); // scale 0.9996
    }

    [Theory]
    // epsg.io (PROJ), EPSG:4490 (116.3972, 39.9075) → EPSG:4527: E 39448455.02271326, N 4419432.367677833.
    [InlineData(4527, 116.3972, 39.9075, 39_448_455.02271326, 4_419_432.367677833)]
    // The same point in the CM series: only the false easting differs (by 39 000 km).
    [InlineData(4548, 116.3972, 39.9075, 448_455.02271326, 4_419_432.367677833)]
    // PROJ docs (proj -S / kp): echo 12 55 | proj +proj=utm +ellps=GRS80 +zone=32 → 691875.63214 6098907.82501.
    [InlineData(32632, 12, 55, 691_875.63214, 6_098_907.82501)]
    // PROJ (+proj=utm +ellps=GRS80 +zone=33) for Berlin (13.393921852111816, 52.5200080871582).
    [InlineData(32633, 13.393921852111816, 52.5200080871582, 391_027.67777461524, 5_820_089.724404063)]
    public void Lon_lat_project_where_proj_puts_them(int code, double lon, double lat, double x, double y)
    {
        // PROJ's figures are on the GRS80 ellipsoid (CGCS2000's); the tool projects on WGS84's, 0.1 mm apart.
        var (px, py) = FromLonLat(code).Transform(lon, lat);

        Assert.Equal(x, px, 0.001);
        Assert.Equal(y, py, 0.001);
    }

    [Theory]
    [InlineData(4547, 114, 22.5, 500_000, 0, 1)] // Shenzhen's zone
    [InlineData(4549, 120, 31.2, 500_000, 0, 1)] // Shanghai's zone
    [InlineData(4526, 114, 22.5, 38_500_000, 0, 1)] // zone 38 numbered
    [InlineData(32756, 153, -33.865, 500_000, 10_000_000, 0.9996)] // Sydney, UTM 56S
    [InlineData(32756, 153, 0, 500_000, 10_000_000, 0.9996)]
    public void On_the_central_meridian_northing_is_the_scaled_meridian_arc(int code, double lon, double lat, double x, double falseNorthing, double scale)
    {
        var (px, py) = FromLonLat(code).Transform(lon, lat);

        Assert.Equal(x, px, 1e-6);
        Assert.Equal(falseNorthing + (scale * Math.Sign(lat) * MeridianArc.Metres(Math.Abs(lat))), py, 0.001);
    }

    [Fact]
    public void A_zone_numbered_input_lands_where_its_cm_twin_does()
    {
        // EPSG:4526 (zone 38, false easting 38 500 km) to EPSG:4547 (CM 114E, 500 km): the same place.
        Assert.True(CrsRegistry.TryGet("EPSG:4526", out var numbered));
        Assert.True(CrsRegistry.TryGet("EPSG:4547", out var cm));

        var (x, y) = new CoordinateTransformer(numbered, cm).Transform(38_505_140.25, 2_494_800.5);

        Assert.Equal(505_140.25, x, 1e-4);
        Assert.Equal(2_494_800.5, y, 1e-4);
    }

    private static CoordinateTransformer FromLonLat(int code) => new(CrsRegistry.Epsg(4326)!, CrsRegistry.Epsg(code)!);
}
