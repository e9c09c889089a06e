using MasterPlanEval.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Finds the sub-district of a point and the sub-districts a polygon touches, through an STR-tree of
/// prepared polygons. A point on a shared boundary goes to the sub-district with the smallest id, so the
/// answer never depends on input order.
/// </summary>
public sealed class SubdistrictLocator
{
    private readonly STRtree<Entry> _tree = new();
    private readonly GeometryFactory _factory;

    public SubdistrictLocator(IEnumerable<PlanningUnit> subdistricts)
    {
        var list = subdistricts.Where(u => u.Level == UnitLevel.Subdistrict && u.Geometry is not null).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        _factory = list.FirstOrDefault()?.Geometry?.Factory ?? new GeometryFactory();
        for (var i = 0; i < list.Count; i++)
        {
            var geometry = list[i].Geometry!;
            _tree.Insert(geometry.EnvelopeInternal, new Entry(i, list[i].Id, geometry, PreparedGeometryFactory.Prepare(geometry)));
        }

        _tree.Build();
    }

    public string? Locate(double x, double y)
    {
        var point = _factory.CreatePoint(new Coordinate(x, y));
        string? best = null;
        var bestOrder = int.MaxValue;
        foreach (var entry in _tree.Query(new Envelope(x, x, y, y)))
        {
            if (entry.Order < bestOrder && entry.Prepared.Covers(point))
            {
                best = entry.Id;
                bestOrder = entry.Order;
            }
        }

        return best;
    }

    /// <summary>The pieces of a polygon inside each sub-district, as (sub-district id, piece), in id order.</summary>
    public IEnumerable<(string SubdistrictId, Geometry Piece)> Split(Geometry polygon)
    {
        foreach (var entry in _tree.Query(polygon.EnvelopeInternal).OrderBy(e => e.Order))
        {
            if (entry.Prepared.Contains(polygon))
            {
                // Wholly inside one sub-district (the common case): any other can only touch it, with no area.
                yield return (entry.Id, polygon);
                yield break;
            }

            if (entry.Prepared.Intersects(polygon))
            {
                var piece = Overlay.Intersection(polygon, entry.Geometry);
                if (piece.Area > 0)
                {
                    yield return (entry.Id, piece);
                }
            }
        }
    }

    /// <summary>
    /// The pieces of a line inside each sub-district, in id order. A stretch running exactly along a shared
    /// boundary lies in both closed polygons and so counts in both.
    /// </summary>
    public IEnumerable<(string SubdistrictId, Geometry Piece)> SplitLine(Geometry line)
    {
        foreach (var entry in _tree.Query(line.EnvelopeInternal).OrderBy(e => e.Order))
        {
            if (entry.Prepared.Covers(line))
            {
                yield return (entry.Id, line);
            }
            else if (entry.Prepared.Intersects(line))
            {
                var piece = Overlay.Intersection(line, entry.Geometry);
                if (piece.Length > 0)
                {
                    yield return (entry.Id, piece);
                }
            }
        }
    }

    private sealed record Entry(int Order, string Id, Geometry Geometry, IPreparedGeometry Prepared);
}
