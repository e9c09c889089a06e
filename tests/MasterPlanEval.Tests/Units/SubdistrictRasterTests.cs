using CsCheck;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="SubdistrictRaster"/> must answer exactly as <see cref="SubdistrictLocator"/>. The hand-made cases use
/// two squares sharing the edge x = H, "s2" on the left (x 0 – H) and "s1" on the right (x H – W), with
/// W = <see cref="SubdistrictRaster.CellsAcross"/>: raster cells are then 1 × 1 with their edges on whole coordinates.
/// </summary>
public sealed class SubdistrictRasterTests
{
    private const double W = SubdistrictRaster.CellsAcross;
    private const double H = W / 2;

    private static readonly GeometryFactory Factory = new();

    private static readonly SubdistrictRaster Squares = new([Unit("s2", Rectangle(0, 0, H, H)), Unit("s1", Rectangle(H, 0, W, H))]);

    [Theory]
    [InlineData(H, 100, "s1")] // on the shared edge: the smallest id
    [InlineData(H, 0, "s1")] // shared corner on the outer boundary
    [InlineData(H, H, "s1")]
    [InlineData(H - 0.001, 100, "s2")] // in the raster cell next to the shared edge's
    [InlineData(H + 0.001, 100, "s1")] // in the shared edge's own raster cell
    [InlineData(100, 200, "s2")] // on a raster cell corner inside s2
    [InlineData(100.5, 200.5, "s2")]
    [InlineData(0, 5, "s2")] // outer boundary of one square only: still covered
    [InlineData(W, 5, "s1")] // outer boundary in the raster's last column
    [InlineData(W, H, "s1")] // far corner
    public void Points_go_where_the_exact_locator_puts_them(double x, double y, string expected) =>
        Assert.Equal(expected, Squares.Locate(x, y));

    [Theory]
    [InlineData(-0.001, 5)] // west of the raster
    [InlineData(W + 0.001, 5)] // in the raster's last column, east of the squares
    [InlineData(W + 2, 5)] // east of the raster
    [InlineData(5, H + 0.001)] // in the raster's last row, north of the squares
    [InlineData(5, -3)]
    public void Points_outside_both_squares_give_null(double x, double y) =>
        Assert.Null(Squares.Locate(x, y));

    [Fact]
    public void A_hole_and_the_square_inside_it_are_separate_runs()
    {
        // "s3" is 100 × 100 with a hole x, y 40 – 60; "s4" is the square 45 – 55 inside the hole.
        var donut = Factory.CreatePolygon(Ring(0, 0, 100, 100), [Ring(40, 40, 60, 60)]);
        var raster = new SubdistrictRaster([Unit("s3", donut), Unit("s4", Rectangle(45, 45, 55, 55))]);

        Assert.Equal("s3", raster.Locate(20, 20));
        Assert.Equal("s3", raster.Locate(40, 50)); // on the hole's edge, which bounds s3
        Assert.Null(raster.Locate(42, 50)); // in the hole, outside s4
        Assert.Equal("s4", raster.Locate(45, 50)); // on s4's edge, inside the hole
        Assert.Equal("s4", raster.Locate(50, 50));
    }

    [Fact]
    public void Both_parts_of_a_multipolygon_are_found_and_nothing_between_them()
    {
        var parts = Factory.CreateMultiPolygon([Rectangle(0, 0, 10, 10), Rectangle(90, 0, 100, 10)]);
        var raster = new SubdistrictRaster([Unit("m", parts)]);

        Assert.Equal("m", raster.Locate(5, 5));
        Assert.Equal("m", raster.Locate(95, 5));
        Assert.Null(raster.Locate(50, 5));
    }

    [Fact]
    public void No_subdistricts_locate_nothing() =>
        Assert.Null(new SubdistrictRaster([]).Locate(5, 5));

    [Fact]
    public void Agrees_with_the_exact_locator_on_random_layouts_and_points()
    {
        // Up to four rectangles and triangles (overlapping, nested or apart) with corners on a 37.5 m lattice at
        // EPSG:4548 magnitudes; points on the same lattice, half-way, or anywhere, so boundaries, shared edges and
        // vertices are hit often and rounding in the raster's floor division is exercised.
        var corner = Gen.Int[0, 8];
        var polygon = Gen.OneOf(
            Gen.Select(corner, corner, Gen.Int[1, 8], Gen.Int[1, 8], (x, y, w, h) => (Geometry)Rectangle(At(x), At(y), At(x + w), At(y + h))),
            Gen.Select(corner, corner, corner, corner, corner, corner, (a, b, c, d, e, f) => Triangle(a, b, c, d, e, f)).Where(t => t.Area > 0));
        var offset = Gen.Double[0, 1].Select(f => f < 0.5 ? 0 : f);
        var point = Gen.Select(Gen.Int[-1, 17], Gen.Int[-1, 17], offset, offset, (i, j, fx, fy) => (X: At((i / 2.0) + fx), Y: At((j / 2.0) + fy)));
        Gen.Select(polygon.Array[1, 4], point.Array[200]).Sample(
            sample =>
            {
                var (polygons, points) = sample;
                var units = polygons.Select((p, k) => Unit($"s{k}", p)).ToList();
                var (raster, exact) = (new SubdistrictRaster(units), new SubdistrictLocator(units));
                foreach (var (x, y) in points)
                {
                    Assert.Equal(exact.Locate(x, y), raster.Locate(x, y));
                }
            },
            iter: 300);
    }

    private static double At(double lattice) => 450_000 + (lattice * 37.5);

    private static Polygon Triangle(int a, int b, int c, int d, int e, int f) =>
        Factory.CreatePolygon([new(At(a), At(b)), new(At(c), At(d)), new(At(e), At(f)), new(At(a), At(b))]);

    private static PlanningUnit Unit(string id, Geometry geometry) =>
        new(id, "d1", UnitLevel.Subdistrict, new LocalizedName(id, id), geometry);

    private static Polygon Rectangle(double minX, double minY, double maxX, double maxY) => Factory.CreatePolygon(Ring(minX, minY, maxX, maxY));

    private static LinearRing Ring(double minX, double minY, double maxX, double maxY) =>
        Factory.CreateLinearRing(
        [
            new Coordinate(minX, minY), new Coordinate(maxX, minY), new Coordinate(maxX, maxY),
            new Coordinate(minX, maxY), new Coordinate(minX, minY),
        ]);
}
