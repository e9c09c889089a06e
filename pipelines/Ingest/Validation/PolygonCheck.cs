using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// Checks a polygonal input geometry: null, non-polygonal and empty geometries fail; invalid ones are
/// repaired with <see cref="GeometryFixer"/> (which keeps the polygonal parts) and reported as repaired. A small
/// polygon is shown valid by <see cref="SimpleRing"/> before the full check is tried.
/// </summary>
internal static class PolygonCheck
{
    public static (Geometry? Polygon, string? Problem, string? Repair) Check(Geometry? geometry)
    {
        if (geometry is null)
        {
            return (null, "no geometry", null);
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            return (null, $"geometry is a {geometry.GeometryType}, not a Polygon or MultiPolygon", null);
        }

        if (geometry.IsEmpty)
        {
            return (null, "geometry is empty", null);
        }

        if (SimpleRing.ShowsValid(geometry) || geometry.IsValid)
        {
            return (geometry, null, null);
        }

        var reason = new NetTopologySuite.Operation.Valid.IsValidOp(geometry).ValidationError?.Message ?? "invalid";
        var fixedGeometry = GeometryFixer.Fix(geometry);
        var polygonal = fixedGeometry is Polygon or MultiPolygon
            ? fixedGeometry
            : fixedGeometry.Factory.BuildGeometry(Polygons(fixedGeometry)).Union();
        return polygonal.IsEmpty || polygonal.Area <= 0
            ? (null, $"invalid geometry ({reason}) is empty after repair", null)
            : (polygonal, null, $"invalid geometry ({reason}) repaired");
    }

    private static IEnumerable<Geometry> Polygons(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).Where(g => g is Polygon or MultiPolygon);
}
