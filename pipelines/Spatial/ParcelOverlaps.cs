using System.Runtime.CompilerServices;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// How many of one year's parcels overlap another, the area of those overlaps (each pair once), and the first
/// overlapping pair in input order (indexes into the parcels given; null when none overlap).
/// </summary>
public sealed record ParcelOverlap(int Parcels, double AreaM2, (int A, int B)? First);

/// <summary>
/// Finds parcels of one year whose interiors overlap, which counts land twice in every area sum. Candidate
/// pairs are the envelopes that share area (<see cref="EnvelopePairs"/>). In a
/// layer that tiles the land, neighbours only share edges, and a line through one of their edges has one
/// parcel on each side (always so for convex parcels); that test is a few orientation predicates, so only
/// pairs no such line separates pay for an overlay, and they count when the shared area exceeds
/// <see cref="ToleranceM2"/> (digitising slivers along a shared edge do not). The hot loops are compiled
/// optimised at once: a run calls them once, on hundreds of thousands of pairs, before tiered compilation
/// would have promoted them.
/// </summary>
public static class ParcelOverlaps
{
    /// <summary>A pair overlapping by one square metre or less does not count.</summary>
    public const double ToleranceM2 = 1.0;

    // Beyond this many vertices the separating-line test costs more than the overlay it would save.
    private const int MaxSeparationVertices = 64;

    public static ParcelOverlap Find(IReadOnlyList<Geometry> parcels)
    {
        var pairs = EnvelopePairs.Find(parcels.Select(p => p.EnvelopeInternal).ToList());
        var vertices = OrderedParallel.Map(parcels, () => 0, (_, p) => Flatten(p));
        var shared = OrderedParallel.Map(pairs, () => 0, (_, pair) => Separated(vertices[pair.A], vertices[pair.B])
            ? 0
            : Overlay.Intersection(parcels[pair.A], parcels[pair.B]).Area);
        var overlapping = new HashSet<int>();
        var area = 0.0;
        (int, int)? first = null;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (shared[k] > ToleranceM2)
            {
                var (a, b) = pairs[k];
                overlapping.Add(a);
                overlapping.Add(b);
                area += shared[k];
                first = first is var (fa, fb) && (fa, fb).CompareTo((a, b)) < 0 ? first : (a, b);
            }
        }

        return new ParcelOverlap(overlapping.Count, area, first);
    }

    /// <summary>
    /// True when a line through two consecutive vertices of either parcel has every vertex of one on its closed
    /// left side and every vertex of the other on its closed right side. A polygon lies within the hull of its
    /// vertices, so their interiors are then disjoint; false proves nothing (the overlay decides). Any line
    /// will do, so the vertices of all rings are taken as one list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Separated(double[] a, double[] b)
    {
        if ((a.Length + b.Length) / 2 > MaxSeparationVertices)
        {
            return false;
        }

        return SeparatedByAnEdgeOf(a, b) || SeparatedByAnEdgeOf(b, a);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SeparatedByAnEdgeOf(double[] own, double[] other)
    {
        for (var k = 0; k + 3 < own.Length; k += 2)
        {
            var (px, py, qx, qy) = (own[k], own[k + 1], own[k + 2], own[k + 3]);
            if ((px != qx || py != qy) && Separates(px, py, qx, qy, own, other))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Separates(double px, double py, double qx, double qy, double[] own, double[] other)
    {
        var side = 0;
        for (var k = 0; k < own.Length; k += 2)
        {
            var o = Side(px, py, qx, qy, own[k], own[k + 1]);
            if (o == 0)
            {
                continue;
            }

            if (side == 0)
            {
                side = o;
            }
            else if (o != side)
            {
                return false;
            }
        }

        if (side == 0)
        {
            return false;
        }

        for (var k = 0; k < other.Length; k += 2)
        {
            if (Side(px, py, qx, qy, other[k], other[k + 1]) == side)
            {
                return false;
            }
        }

        return true;
    }

    // The side of (x, y) from the line p→q (1 left, -1 right, 0 on it): the floating-point determinant where its
    // error bound (Shewchuk's filter) proves the sign, NetTopologySuite's exact double-double predicate where not.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Side(double px, double py, double qx, double qy, double x, double y)
    {
        var left = (qx - px) * (y - py);
        var right = (qy - py) * (x - px);
        var det = left - right;
        if ((qx == px || y == py) && (qy == py || x == px))
        {
            // Both products are exactly zero (a vertex of the line, or on its axis-parallel line): no rounding.
            return 0;
        }

        var bound = 3.3306690738754716e-16 * (Math.Abs(left) + Math.Abs(right));
        return det > bound ? 1 : det < -bound ? -1 : (int)CGAlgorithmsDD.OrientationIndex(px, py, qx, qy, x, y);
    }

    // Every vertex of every ring as x, y, x, y, ..., read off the rings' sequences without copying coordinates.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Flatten(Geometry parcel)
    {
        var xy = new double[parcel.NumPoints * 2];
        var k = 0;
        for (var g = 0; g < parcel.NumGeometries; g++)
        {
            var polygon = (Polygon)parcel.GetGeometryN(g);
            for (var r = -1; r < polygon.NumInteriorRings; r++)
            {
                var ring = (r < 0 ? polygon.ExteriorRing : polygon.GetInteriorRingN(r)).CoordinateSequence;
                for (var i = 0; i < ring.Count; i++)
                {
                    xy[k++] = ring.GetX(i);
                    xy[k++] = ring.GetY(i);
                }
            }
        }

        return xy;
    }
}
