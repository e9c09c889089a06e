using CsCheck;
using MasterPlanEval.Ingest.Validation;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="SimpleRing"/> may only ever say "valid" where NetTopologySuite's full check says so: it replaces that
/// check for the small polygons of a land survey, and a wrong "valid" would skip a repair. Random rings on a 4 × 4
/// grid of integer points hit every degenerate case often (shared vertices, collinear runs, folds, crossings).
/// </summary>
public sealed class SimpleRingTests
{
    private static readonly GeometryFactory Factory = new();

    public static TheoryData<string, double[], bool> Shapes() => new()
    {
        { "square", [0, 0, 4, 0, 4, 4, 0, 4], true },
        { "triangle", [0, 0, 4, 0, 0, 3], true },
        { "concave L", [0, 0, 4, 0, 4, 1, 1, 1, 1, 4, 0, 4], true },
        { "bow tie", [0, 0, 4, 4, 4, 0, 0, 4], false },
        { "spike folding back on its edge", [0, 0, 4, 0, 2, 0, 2, 3], false },
        { "vertex touching an edge", [0, 0, 4, 0, 4, 4, 2, 0, 0, 4], false },
        { "straight vertex (valid, left to the full check)", [0, 0, 2, 0, 4, 0, 4, 4, 0, 4], false },
        { "repeated point (valid, left to the full check)", [0, 0, 4, 0, 4, 0, 4, 4, 0, 4], false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shows_valid_only_the_plainly_simple_rings(string shape, double[] xy, bool showsValid)
    {
        var polygon = Polygon(xy);

        Assert.True(showsValid == SimpleRing.ShowsValid(polygon), shape);
        if (showsValid)
        {
            Assert.True(polygon.IsValid, shape);
        }
    }

    [Fact]
    public void A_polygon_with_a_hole_is_left_to_the_full_check()
    {
        var shell = Factory.CreateLinearRing(Coordinates([0, 0, 10, 0, 10, 10, 0, 10]));
        var hole = Factory.CreateLinearRing(Coordinates([2, 2, 2, 4, 4, 4, 4, 2]));

        Assert.False(SimpleRing.ShowsValid(Factory.CreatePolygon(shell, [hole])));
    }

    [Fact]
    public void Every_ring_shown_valid_is_valid_to_NetTopologySuite()
    {
        var shown = 0;
        Gen.Int[0, 3].Array[6, 16].Where(a => a.Length % 2 == 0).Sample(
            xy =>
            {
                var polygon = Polygon(xy.Select(v => (double)v).ToArray());
                if (SimpleRing.ShowsValid(polygon))
                {
                    Interlocked.Increment(ref shown);
                    Assert.True(polygon.IsValid, polygon.ToText());
                }
            },
            iter: 20_000);

        // Not vacuous: many random rings are simple, and each of those was checked against the full check.
        Assert.True(shown > 500, $"only {shown} rings were shown valid");
    }

    private static Polygon Polygon(double[] xy) => Factory.CreatePolygon(Coordinates(xy));

    // The ring through the points, closed.
    private static Coordinate[] Coordinates(double[] xy) =>
        Enumerable.Range(0, xy.Length / 2).Select(i => new Coordinate(xy[2 * i], xy[(2 * i) + 1])).Append(new Coordinate(xy[0], xy[1])).ToArray();
}
