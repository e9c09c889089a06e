using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// A sufficient test that a polygon is valid, much cheaper than <see cref="Geometry.IsValid"/> for the small
/// polygons land surveys are made of (a parcel has a handful of vertices; the full validity check builds a noding
/// graph per polygon, most of the cost of reading parcels). A polygon without holes is valid when its shell is a
/// simple closed ring: finite coordinates, no two consecutive points equal, neighbouring segments turning (not
/// folding back on each other), and no two other segments touching. The test only ever proves separation, with
/// NetTopologySuite's exact orientation predicate (<see cref="Orientation.Index"/>, the one its validity check
/// rests on): two segments are apart when their envelopes are, or when one lies strictly on one side of the
/// other's line. A false answer means "not shown valid here": the caller then runs the full check, so every
/// verdict and reason stays NetTopologySuite's.
/// </summary>
public static class SimpleRing
{
    // Pairs of segments grow with the square of the points: beyond this the full check is the cheaper one.
    private const int MaxPoints = 32;

    public static bool ShowsValid(Geometry geometry)
    {
        if (geometry is not Polygon { NumInteriorRings: 0 } polygon)
        {
            return false;
        }

        var points = polygon.ExteriorRing.Coordinates;
        var n = points.Length;
        if (n is < 4 or > MaxPoints || !points[0].Equals2D(points[n - 1]))
        {
            return false;
        }

        for (var i = 0; i < n - 1; i++)
        {
            if (!double.IsFinite(points[i].X) || !double.IsFinite(points[i].Y) || points[i].Equals2D(points[i + 1]))
            {
                return false;
            }
        }

        // Segment i runs from point i to point i + 1; the last one ends at point 0, where segment 0 starts.
        var segments = n - 1;
        for (var i = 0; i < segments; i++)
        {
            // A turn at every vertex: three collinear points may fold back onto the segment before.
            var before = points[i == 0 ? segments - 1 : i - 1];
            if (Orientation.Index(before, points[i], points[i + 1]) == OrientationIndex.Collinear)
            {
                return false;
            }

            // Segments that share no vertex must not touch at all.
            var last = i == 0 ? segments - 2 : segments - 1;
            for (var j = i + 2; j <= last; j++)
            {
                if (!Apart(points[i], points[i + 1], points[j], points[j + 1]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Apart(Coordinate a, Coordinate b, Coordinate c, Coordinate d) =>
        Math.Max(a.X, b.X) < Math.Min(c.X, d.X) || Math.Max(c.X, d.X) < Math.Min(a.X, b.X)
        || Math.Max(a.Y, b.Y) < Math.Min(c.Y, d.Y) || Math.Max(c.Y, d.Y) < Math.Min(a.Y, b.Y)
        || StrictlyOneSide(a, b, c, d) || StrictlyOneSide(c, d, a, b);

    private static bool StrictlyOneSide(Coordinate a, Coordinate b, Coordinate c, Coordinate d)
    {
        var sideOfC = Orientation.Index(a, b, c);
        return sideOfC != OrientationIndex.Collinear && sideOfC == Orientation.Index(a, b, d);
    }
}
