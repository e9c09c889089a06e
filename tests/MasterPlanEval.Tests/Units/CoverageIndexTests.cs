using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="CoverageIndex"/>: straight-line distance, inclusive at exactly r. Distances use 3-4-5 triangles,
/// so 500 m is exact in floating point and "just beyond" is unambiguous.
/// </summary>
public sealed class CoverageIndexTests
{
    // Realistic EPSG:4548 magnitudes, so the test also covers large coordinates.
    private const double ParkX = 450_000;
    private const double ParkY = 4_420_000;

    private static readonly CoverageIndex Index = new(
        [
            new Facility("p1", "park", ParkX, ParkY, null, "always open"),
            new Facility("c1", "clinic", ParkX, ParkY, 2024, "opens 2024"),
        ],
        [2023, 2024],
        [500, 1_000, 10_000]);

    [Theory]
    [InlineData(300, 400)] // diagonal, √(300² + 400²) = 500
    [InlineData(500, 0)] // on the axis, at the edge of the search envelope
    [InlineData(0, -500)]
    [InlineData(0, 0)]
    public void Point_at_exactly_the_radius_or_nearer_is_covered(double dx, double dy) =>
        Assert.True(Index.Covers("park", 2024, 500, ParkX + dx, ParkY + dy));

    [Theory]
    [InlineData(300, 400.01)]
    [InlineData(500.01, 0)]
    [InlineData(-300.01, -400)]
    public void Point_just_beyond_the_radius_is_not_covered(double dx, double dy) =>
        Assert.False(Index.Covers("park", 2024, 500, ParkX + dx, ParkY + dy));

    [Fact]
    public void Facility_serves_only_from_its_year_open()
    {
        Assert.False(Index.Covers("clinic", 2023, 1000, ParkX, ParkY));
        Assert.True(Index.Covers("clinic", 2024, 1000, ParkX, ParkY));
    }

    [Fact]
    public void Facility_without_year_open_serves_every_indexed_year()
    {
        Assert.True(Index.Covers("park", 2023, 500, ParkX, ParkY));
        Assert.True(Index.Covers("park", 2024, 500, ParkX, ParkY));
    }

    [Fact]
    public void Other_types_and_years_not_indexed_cover_nothing()
    {
        Assert.False(Index.Covers("rail_station", 2024, 10_000, ParkX, ParkY));
        Assert.False(Index.Covers("park", 2030, 10_000, ParkX, ParkY));
    }

    [Fact]
    public void Radii_not_indexed_cover_nothing() =>
        Assert.False(Index.Covers("park", 2024, 600, ParkX, ParkY));

    [Fact]
    public void Facilities_in_neighbouring_buckets_and_at_negative_coordinates_are_found()
    {
        // Buckets are 500 m wide: the park at (−1, −1) sits in bucket (−1, −1), every query point below in another.
        var index = new CoverageIndex([new Facility("a", "park", -1, -1, null, null)], [2024], [500]);

        Assert.True(index.Covers("park", 2024, 500, 298, 398)); // √(299² + 399²) = 498.6
        Assert.False(index.Covers("park", 2024, 500, 299, 399.5)); // √(300² + 400.5²) = 500.4
        Assert.True(index.Covers("park", 2024, 500, -501, -1)); // exactly 500 m due west, in bucket (−2, −1)
    }

    [Fact]
    public void Nearest_of_several_facilities_decides()
    {
        var index = new CoverageIndex(
            [new Facility("far", "park", 0, 0, null, null), new Facility("near", "park", 1_000, 0, null, null)],
            [2024],
            [500]);

        // (1300, 400) is 500 m from "near" and about 1360 m from "far".
        Assert.True(index.Covers("park", 2024, 500, 1_300, 400));
        Assert.False(index.Covers("park", 2024, 500, 1_300, 400.01));
    }
}
