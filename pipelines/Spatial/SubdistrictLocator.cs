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
    // A sub-district some 10 km across gets cells of some 150 m, a third of a typical parcel.
    private const int GridCellsPerSide = 64;

    private readonly STRtree<Entry> _tree = new();
    private readonly GeometryFactory _factory;
    private readonly RectangleClip?[] _clips;
    private readonly InteriorGrid?[] _grids;

    public SubdistrictLocator(IEnumerable<PlanningUnit> subdistricts)
    {
        var list = subdistricts.Where(u => u.Level == UnitLevel.Subdistrict && u.Geometry is not null).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        _factory = list.FirstOrDefault()?.Geometry?.Factory ?? new GeometryFactory();
        _clips = new RectangleClip?[list.Count];
        _grids = new InteriorGrid?[list.Count];
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
            // The grid decides most parcels (deep inside or well away) as the prepared tests would, at a glance, and
            // shows most that cross the boundary (a vertex inside, another outside).
            var grid = Grid(entry);
            var inside = grid.Inside(polygon.EnvelopeInternal);
            if (inside == false)
            {
                continue;
            }

            var crosses = inside is null && grid.Crosses(polygon);
            if (inside == true || (!crosses && entry.Prepared.Contains(polygon)))
            {
                // Wholly inside one sub-district (the common case): any other can only touch it, with no area.
                yield return (entry.Id, polygon);
                yield break;
            }

            if (crosses || entry.Prepared.Intersects(polygon))
            {
                var piece = Overlay.Intersection(polygon, Clip(entry));
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

    // Built on first use: locating points needs neither.
    private RectangleClip Clip(Entry entry) => _clips[entry.Order] ??= new RectangleClip(entry.Geometry);

    private InteriorGrid Grid(Entry entry) => _grids[entry.Order] ??= new InteriorGrid(entry.Geometry, GridCellsPerSide);

    private sealed record Entry(int Order, string Id, Geometry Geometry, IPreparedGeometry Prepared);
}
