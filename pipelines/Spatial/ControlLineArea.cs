using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Measures how much of a polygon lies inside a set of control-line polygons, unioned once and prepared,
/// so the common cases (wholly inside, wholly outside) need no overlay.
/// </summary>
public sealed class ControlLineArea
{
    // Control lines span much of a city: 256 cells a side keep the undecided band near their boundaries narrow.
    private const int GridCellsPerSide = 256;

    private readonly Geometry? _union;
    private readonly IPreparedGeometry? _prepared;
    private readonly RectangleClip? _clip;
    private readonly InteriorGrid? _grid;

    public ControlLineArea(IReadOnlyCollection<Geometry> polygons)
    {
        if (polygons.Count == 0)
        {
            return;
        }

        _union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(polygons.ToList());
        _prepared = PreparedGeometryFactory.Prepare(_union);
        _clip = new RectangleClip(_union);
        _grid = new InteriorGrid(_union, GridCellsPerSide);
    }

    private ControlLineArea(Geometry? union, InteriorGrid? grid)
    {
        _union = union;
        _prepared = union is null ? null : PreparedGeometryFactory.Prepare(union);
        _clip = union is null ? null : new RectangleClip(union);
        _grid = grid;
    }

    public bool IsEmpty => _union is null;

    /// <summary>The same area with a prepared geometry of its own, for another thread (the union is shared, read only).</summary>
    public ControlLineArea Copy() => new(_union, _grid);

    public double AreaInside(Geometry polygon)
    {
        if (_prepared is null)
        {
            return 0;
        }

        switch (_grid!.Inside(polygon.EnvelopeInternal))
        {
            case false:
                return 0;
            case true:
                return polygon.Area;
        }

        if (!_prepared.Intersects(polygon))
        {
            return 0;
        }

        return _prepared.Contains(polygon) ? polygon.Area : Overlay.Intersection(polygon, _clip!).Area;
    }
}
