using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>
/// Turns a rectangular parcel into a bow-tie: the ring a, b, d, c crosses itself in the middle. This is the
/// classic digitising error; GeometryFixer repairs it into the two triangles, half the rectangle's area.
/// </summary>
public static class BowTie
{
    public static Polygon From(Geometry rectangle)
    {
        var c = rectangle.Coordinates;
        if (c.Length != 5)
        {
            throw new ArgumentException("a bow-tie is made from a 4-corner ring", nameof(rectangle));
        }

        return rectangle.Factory.CreatePolygon([c[0], c[1], c[3], c[2], c[0]]);
    }
}
