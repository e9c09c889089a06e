using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="CoverageGrid"/>: straight-line distance, inclusive at exactly r. Distances use 3-4-5 triangles,
/// so 500 m is exact in floating point and "just beyond" is unambiguous.
/// </summary>
public sealed class CoverageGridTests
{
    // Realistic EPSG:4548 magnitudes, so the test also covers large coordinates.
    private const double ParkX = 450_000;
    private const double ParkY = 4_420_000;

    private static readonly Envelope City = new(ParkX - 5_000, ParkX + 5_000, ParkY - 5_000, ParkY + 5_000);

    private static readonly CoverageGrid Park = new([(ParkX, ParkY)], 500, City);

    [Theory]
    [InlineData(300, 400)] // diagonal, √(300² + 400²) = 500
    [InlineData(500, 0)] // on the axis, in the next bucket
    [InlineData(0, -500)]
    [InlineData(0, 0)]
    public void Point_at_exactly_the_radius_or_nearer_is_covered(double dx, double dy) =>
        Assert.True(Park.Covers(ParkX + dx, ParkY + dy));

    [Theory]
    [InlineData(300, 400.01)]
    [InlineData(500.01, 0)]
    [InlineData(-300.01, -400)]
    public void Point_just_beyond_the_radius_is_not_covered(double dx, double dy) =>
        Assert.False(Park.Covers(ParkX + dx, ParkY + dy));

    [Fact]
    public void No_facilities_cover_nothing() =>
        Assert.False(new CoverageGrid([], 500, City).Covers(ParkX, ParkY));

    [Fact]
    public void Facilities_in_neighbouring_buckets_and_at_negative_coordinates_are_found()
    {
        // Buckets are 500 m wide: the park at (−1, −1) sits in bucket (−1, −1), every query point below in another.
        var grid = new CoverageGrid([(-1, -1)], 500, new Envelope(-1_000, 1_000, -1_000, 1_000));

        Assert.True(grid.Covers(298, 398)); // √(299² + 399²) = 498.6
        Assert.False(grid.Covers(299, 399.5)); // √(300² + 400.5²) = 500.4
        Assert.True(grid.Covers(-501, -1)); // exactly 500 m due west, in bucket (−2, −1)
    }

    [Fact]
    public void Nearest_of_several_facilities_decides()
    {
        var grid = new CoverageGrid([(0, 0), (1_000, 0)], 500, new Envelope(0, 2_000, 0, 2_000));

        // (1300, 400) is 500 m from (1000, 0) and about 1360 m from (0, 0).
        Assert.True(grid.Covers(1_300, 400));
        Assert.False(grid.Covers(1_300, 400.01));
    }

    [Fact]
    public void Facility_just_outside_the_area_still_covers_its_edge()
    {
        // 500 m beyond the area's east edge (x 455,000), in the bucket column kept around it (x 455,500 – 456,000).
        var grid = new CoverageGrid([(ParkX + 5_500, ParkY)], 500, City);

        Assert.True(grid.Covers(ParkX + 5_000, ParkY));
        Assert.False(grid.Covers(ParkX + 4_999, ParkY));
    }

    [Fact]
    public void Facility_far_from_the_area_is_dropped_without_a_bucket_array_reaching_it()
    {
        // 10,000 km away: a dense array reaching it would have 2 × 10⁸ buckets across.
        var grid = new CoverageGrid([(ParkX + 1e10, ParkY), (ParkX, ParkY)], 500, City);

        Assert.True(grid.Covers(ParkX + 300, ParkY + 400));
    }

    [Fact]
    public void Radius_tiny_beside_the_area_widens_the_buckets_and_stays_exact()
    {
        // 100 km across at r = 5 m: buckets widen to ⌈100,000 / 4,096⌉ = 25 m; distances 3-4-5 again.
        var grid = new CoverageGrid([(50_000, 50_000)], 5, new Envelope(0, 100_000, 0, 100_000));

        Assert.True(grid.Covers(50_003, 50_004));
        Assert.False(grid.Covers(50_003, 50_004.01));
        Assert.True(grid.Covers(49_995, 50_000)); // 5 m due west, in the bucket west of the facility's
    }

    [Fact]
    public void Zero_radius_covers_only_from_a_facility_on_the_point()
    {
        var grid = new CoverageGrid([(ParkX, ParkY)], 0, City);

        Assert.True(grid.Covers(ParkX, ParkY));
        Assert.False(grid.Covers(ParkX + 0.001, ParkY));
    }

    [Fact]
    public void Point_outside_the_area_is_refused_rather_than_answered_from_dropped_facilities() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Park.Covers(ParkX + 6_000, ParkY));
}
