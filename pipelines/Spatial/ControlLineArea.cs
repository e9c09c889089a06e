using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Measures how much of a polygon lies inside a set of control-line polygons, unioned once and prepared,
/// so the common cases (wholly inside, wholly outside) need no overlay.
/// </summary>
public sealed class ControlLineArea
{
    private readonly Geometry? _union;
    private readonly IPreparedGeometry? _prepared;

    public ControlLineArea(IReadOnlyCollection<Geometry> polygons)
    {
        if (polygons.Count == 0)
        {
            return;
        }

        _union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(polygons.ToList());
        _prepared = PreparedGeometryFactory.Prepare(_union);
    }

    private ControlLineArea(Geometry? union)
    {
        _union = union;
        _prepared = union is null ? null : PreparedGeometryFactory.Prepare(union);
    }

    public bool IsEmpty => _union is null;

    /// <summary>The same area with a prepared geometry of its own, for another thread (the union is shared, read only).</summary>
    public ControlLineArea Copy() => new(_union);

    public double AreaInside(Geometry polygon)
    {
        if (_prepared is null || !_prepared.Intersects(polygon))
        {
            return 0;
        }

        return _prepared.Contains(polygon) ? polygon.Area : Overlay.Intersection(polygon, _union!).Area;
    }
}
