using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// Finds the sub-district (by index) that covers a point, as the evaluation does: a point on a shared
/// boundary goes to the smallest index, which is also the smallest id.
/// </summary>
internal sealed class CellLocator
{
    private readonly STRtree<(int Index, IPreparedGeometry Polygon)> _tree = new();
    private readonly GeometryFactory _factory;

    public CellLocator(IReadOnlyList<Polygon> polygons, GeometryFactory factory)
    {
        _factory = factory;
        for (var i = 0; i < polygons.Count; i++)
        {
            _tree.Insert(polygons[i].EnvelopeInternal, (i, PreparedGeometryFactory.Prepare(polygons[i])));
        }

        _tree.Build();
    }

    /// <summary>The covering sub-district's index, or -1 outside every one.</summary>
    public int Locate(double x, double y)
    {
        var point = _factory.CreatePoint(new Coordinate(x, y));
        var best = -1;
        foreach (var (index, polygon) in _tree.Query(new Envelope(x, x, y, y)))
        {
            if ((best < 0 || index < best) && polygon.Covers(point))
            {
                best = index;
            }
        }

        return best;
    }
}
