using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="SubdistrictLocator"/> on two 10 × 10 squares sharing the edge x = 10: "s1" on the right
/// (x 10–20) and "s2" on the left (x 0–10), so the smallest id is not the first square from the left.
/// </summary>
public sealed class SubdistrictLocatorTests
{
    private static readonly GeometryFactory Factory = new();

    private static readonly PlanningUnit Left = Unit("s2", Rectangle(0, 0, 10, 10));
    private static readonly PlanningUnit Right = Unit("s1", Rectangle(10, 0, 20, 10));

    public static TheoryData<bool> InsertionOrders => new() { true, false };

    [Theory]
    [MemberData(nameof(InsertionOrders))]
    public void Point_on_the_shared_edge_goes_to_the_smallest_id_in_either_order(bool leftFirst)
    {
        var locator = new SubdistrictLocator(leftFirst ? [Left, Right] : [Right, Left]);

        Assert.Equal("s1", locator.Locate(10, 5));
        Assert.Equal("s1", locator.Locate(10, 0)); // shared corner on the outer boundary
    }

    [Theory]
    [MemberData(nameof(InsertionOrders))]
    public void Interior_points_go_to_their_own_square(bool leftFirst)
    {
        var locator = new SubdistrictLocator(leftFirst ? [Left, Right] : [Right, Left]);

        Assert.Equal("s2", locator.Locate(5, 5));
        Assert.Equal("s1", locator.Locate(15, 5));
        Assert.Equal("s2", locator.Locate(0, 5)); // outer boundary of one square only: still covered
    }

    [Theory]
    [InlineData(-0.001, 5)]
    [InlineData(25, 5)]
    [InlineData(5, 10.001)]
    public void Point_outside_every_square_gives_null(double x, double y) =>
        Assert.Null(new SubdistrictLocator([Left, Right]).Locate(x, y));

    [Fact]
    public void Units_other_than_subdistricts_are_ignored()
    {
        var district = new PlanningUnit("d0", "c", UnitLevel.District, new LocalizedName("区", "district"), Rectangle(-100, -100, 100, 100));

        Assert.Null(new SubdistrictLocator([district, Left]).Locate(50, 50));
    }

    [Fact]
    public void Split_of_a_rectangle_across_both_squares_gives_two_pieces_summing_to_the_whole()
    {
        var parcel = Rectangle(5, 2, 15, 8); // 10 × 6 = 60, half on each side of x = 10

        var pieces = new SubdistrictLocator([Left, Right]).Split(parcel).ToList();

        // In id order: s1 (x 10–15) then s2 (x 5–10), 5 × 6 = 30 each.
        Assert.Equal(["s1", "s2"], pieces.Select(p => p.SubdistrictId));
        Assert.Equal(30, pieces[0].Piece.Area, 9);
        Assert.Equal(30, pieces[1].Piece.Area, 9);
        Assert.Equal(parcel.Area, pieces.Sum(p => p.Piece.Area), 9);
        Assert.True(pieces[0].Piece.EnvelopeInternal.MinX >= 10);
        Assert.True(pieces[1].Piece.EnvelopeInternal.MaxX <= 10);
    }

    [Fact]
    public void Split_of_a_rectangle_inside_one_square_gives_it_whole()
    {
        var parcel = Rectangle(12, 2, 18, 8);

        var piece = Assert.Single(new SubdistrictLocator([Left, Right]).Split(parcel));

        Assert.Equal("s1", piece.SubdistrictId);
        Assert.Equal(36, piece.Piece.Area, 9);
    }

    [Fact]
    public void Split_drops_the_part_outside_every_square()
    {
        var parcel = Rectangle(15, 0, 25, 10); // 100, of which x 15–20 (50) lies in s1

        var piece = Assert.Single(new SubdistrictLocator([Left, Right]).Split(parcel));

        Assert.Equal("s1", piece.SubdistrictId);
        Assert.Equal(50, piece.Piece.Area, 9);
    }

    [Fact]
    public void Split_of_a_rectangle_only_touching_a_square_gives_no_piece()
    {
        var parcel = Rectangle(20, 0, 30, 10); // shares the edge x = 20 with s1, no area in common

        Assert.Empty(new SubdistrictLocator([Left, Right]).Split(parcel));
    }

    [Fact]
    public void Split_of_a_parcel_sharing_an_edge_with_a_large_subdistrict_gives_it_whole()
    {
        // 100 × 100 with a vertex every unit: the part near the parcel is cut from the boundary, not the whole of it.
        var large = Unit("s9", Densified(100));
        var parcel = Rectangle(0, 48, 4, 52); // on the left edge, inside

        var piece = Assert.Single(new SubdistrictLocator([large]).Split(parcel));

        Assert.Equal("s9", piece.SubdistrictId);
        Assert.Same(parcel, piece.Piece);
    }

    [Fact]
    public void Split_of_a_parcel_across_the_edge_of_a_large_subdistrict_keeps_the_part_inside()
    {
        var large = Unit("s9", Densified(100));
        var parcel = Rectangle(-2, 48, 2, 52); // 4 × 4, of which x 0–2 (8) lies inside

        var piece = Assert.Single(new SubdistrictLocator([large]).Split(parcel));

        Assert.Equal(8, piece.Piece.Area, 9);
        Assert.Equal(0, piece.Piece.EnvelopeInternal.MinX);
    }

    private static PlanningUnit Unit(string id, Geometry geometry) =>
        new(id, "d1", UnitLevel.Subdistrict, new LocalizedName(id, id), geometry);

    private static Polygon Rectangle(double minX, double minY, double maxX, double maxY) =>
        Factory.CreatePolygon(
        [
            new Coordinate(minX, minY), new Coordinate(maxX, minY), new Coordinate(maxX, maxY),
            new Coordinate(minX, maxY), new Coordinate(minX, minY),
        ]);

    // The square [0, side]² with a vertex at every whole unit along its boundary, counter-clockwise.
    private static Polygon Densified(int side)
    {
        var ring = Enumerable.Range(0, side).Select(i => new Coordinate(i, 0))
            .Concat(Enumerable.Range(0, side).Select(i => new Coordinate(side, i)))
            .Concat(Enumerable.Range(0, side).Select(i => new Coordinate(side - i, side)))
            .Concat(Enumerable.Range(0, side).Select(i => new Coordinate(0, side - i)))
            .Append(new Coordinate(0, 0))
            .ToArray();
        return Factory.CreatePolygon(ring);
    }
}
