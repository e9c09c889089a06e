using MasterPlanEval.Ingest.Crs;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// <see cref="WorkingCrsFit"/>: a working CRS fits a city whose centre lies within its zone (plus 1°), wherever the
/// zone is, and the zone that fits is named: the CGCS2000 3-degree zone in China, the UTM zone elsewhere.
/// </summary>
public sealed class WorkingCrsFitTests
{
    [Theory]
    [InlineData(116.40, 39.90, "EPSG:4548")] // Beijing: CM 117E
    [InlineData(114.06, 22.54, "EPSG:4547")] // Shenzhen: CM 114E
    [InlineData(121.47, 31.23, "EPSG:4549")] // Shanghai: 121.47 / 3 = 40.49 → zone 40, CM 120E
    [InlineData(104.07, 30.67, "EPSG:4544")] // Chengdu: CM 105E
    [InlineData(2.35, 48.85, "EPSG:32631")] // Paris: UTM zone 31N
    [InlineData(151.21, -33.87, "EPSG:32756")] // Sydney: UTM zone 56S
    [InlineData(106.85, -6.21, "EPSG:32748")] // Jakarta: south of China's latitudes, UTM zone 48S
    public void The_fitting_zone_is_chinas_3_degree_zone_or_utm(double lon, double lat, string name) =>
        Assert.Equal(name, WorkingCrsFit.Fitting(lon, lat).Name);

    [Theory]
    [InlineData(4548, 116.40, 39.90)]
    [InlineData(32650, 116.40, 39.90)] // UTM 50N, CM 117E
    [InlineData(4509, 114.50, 39.90)] // 6-degree CM 117E: 2.5° off is inside its 3° half-width
    [InlineData(4549, 121.60, 31.20)] // Shanghai east of 121.5°E: outside the zone by 0.1°, inside the 1° margin
    [InlineData(4547, 114.06, 22.54)]
    public void A_city_inside_the_zone_fits(int code, double lon, double lat)
    {
        var crs = CrsRegistry.Epsg(code)!;
        var (x, y) = new CoordinateTransformer(CrsRegistry.Epsg(4326)!, crs).Transform(lon, lat);

        Assert.Null(WorkingCrsFit.Problem(crs, x, y));
    }

    [Fact]
    public void Shanghai_in_beijings_zone_is_refused_with_its_distortion()
    {
        var crs = CrsRegistry.Epsg(4548)!;
        var (x, y) = new CoordinateTransformer(CrsRegistry.Epsg(4326)!, crs).Transform(121.47, 31.23);

        var problem = WorkingCrsFit.Problem(crs, x, y);

        // k ≈ 1 + (4.47° · cos 31.23°)²/2 = 1 + (0.07802 · 0.8550)²/2 = 1.002225; k² − 1 ≈ 0.45 %.
        Assert.Equal(
            "working_crs EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E) is made for 115.5°E–118.5°E, but the planning units' centre lies at "
            + "121.47°E, 31.23°N, 4.5° from its central meridian, where areas come out 0.45 % too large: use EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E), "
            + "which fits them (or is the crs of planning_units wrong?)",
            problem);
    }

    [Fact]
    public void A_wkt_zone_is_taken_as_3_degrees_wide()
    {
        var (local, _) = WktCrs.Parse(WktTexts.LocalGrid);
        var (xNear, yNear) = new CoordinateTransformer(CrsRegistry.Epsg(4326)!, local!).Transform(116.35 + 3.9, 39.9);
        var (xFar, yFar) = new CoordinateTransformer(CrsRegistry.Epsg(4326)!, local!).Transform(116.35 + 4.1, 39.9);

        Assert.Null(WorkingCrsFit.Problem(local!, xNear, yNear));
        Assert.Contains("is made for 113.35°E–119.35°E", WorkingCrsFit.Problem(local!, xFar, yFar), StringComparison.Ordinal);
    }

    [Fact]
    public void Zone_numbered_coordinates_read_without_their_zone_are_no_place_on_earth()
    {
        // EPSG:4527 (zone 39) coordinates, 39 448 455 m east, taken as EPSG:4548: 39 000 km from its central meridian.
        var problem = WorkingCrsFit.Problem(CrsRegistry.Epsg(4548)!, 39_448_455, 4_419_432);

        Assert.Equal(
            "the planning units' centre (39448455, 4419432) is no place on Earth in working_crs EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E): "
            + "is working_crs right, or the crs of planning_units?",
            problem);
    }
}
