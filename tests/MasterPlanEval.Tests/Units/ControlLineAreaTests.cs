using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="ControlLineArea"/>: the area of a polygon inside the union of control-line polygons, with
/// rectangles whose areas are obvious by hand.
/// </summary>
public sealed class ControlLineAreaTests
{
    private static readonly GeometryFactory Factory = new();

    // Two adjacent 10 × 10 squares: together the rectangle x 0–20, y 0–10.
    private static readonly ControlLineArea TwoSquares = new([Rectangle(0, 0, 10, 10), Rectangle(10, 0, 20, 10)]);

    [Fact]
    public void Polygon_wholly_inside_counts_its_whole_area()
    {
        Assert.Equal(4, TwoSquares.AreaInside(Rectangle(2, 2, 4, 4)), 9);
    }

    [Fact]
    public void Polygon_across_the_seam_of_two_control_polygons_is_wholly_inside_their_union()
    {
        Assert.Equal(8, TwoSquares.AreaInside(Rectangle(8, 2, 12, 4)), 9); // 4 × 2
    }

    [Fact]
    public void Polygon_partly_inside_counts_only_the_overlap()
    {
        // x 15–25, y 0–2: the part x 15–20 is inside, 5 × 2 = 10 of 20.
        Assert.Equal(10, TwoSquares.AreaInside(Rectangle(15, 0, 25, 2)), 9);
    }

    [Fact]
    public void Polygon_outside_or_only_touching_counts_nothing()
    {
        Assert.Equal(0, TwoSquares.AreaInside(Rectangle(30, 0, 40, 1)));
        Assert.Equal(0, TwoSquares.AreaInside(Rectangle(20, 0, 30, 10)), 9); // shares the edge x = 20 only
    }

    [Fact]
    public void Overlapping_control_polygons_are_not_counted_twice()
    {
        // Squares x 0–10 and x 5–15 overlap in x 5–10; their union is x 0–15 (area 150, not 200).
        var overlapping = new ControlLineArea([Rectangle(0, 0, 10, 10), Rectangle(5, 0, 15, 10)]);

        Assert.Equal(150, overlapping.AreaInside(Rectangle(0, 0, 15, 10)), 9);
        Assert.Equal(150, overlapping.AreaInside(Rectangle(-5, 0, 20, 10)), 9);
    }

    [Fact]
    public void No_control_polygons_means_empty_and_zero_area()
    {
        var none = new ControlLineArea([]);

        Assert.True(none.IsEmpty);
        Assert.False(TwoSquares.IsEmpty);
        Assert.Equal(0, none.AreaInside(Rectangle(0, 0, 10, 10)));
    }

    private static Polygon Rectangle(double minX, double minY, double maxX, double maxY) =>
        Factory.CreatePolygon(
        [
            new Coordinate(minX, minY), new Coordinate(maxX, minY), new Coordinate(maxX, maxY),
            new Coordinate(minX, maxY), new Coordinate(minX, minY),
        ]);
}
