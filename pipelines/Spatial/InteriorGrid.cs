using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// A coarse grid over a polygonal area that says, from a few byte look-ups, when an envelope lies wholly inside
/// the area's interior or wholly outside it: the answer the prepared geometry would give for any polygon within
/// that envelope, without its point-in-polygon and segment tests. Every cell a boundary segment's envelope
/// touches is left undecided; a run of the remaining cells along a row is connected and meets no boundary, so
/// one located point decides it. Read only after construction, so workers may share it.
/// </summary>
public sealed class InteriorGrid
{
    private const byte Undecided = 0;
    private const byte Interior = 1;
    private const byte Exterior = 2;

    // Cell ranges are widened by this fraction of a cell so that rounding at a cell border cannot leave a
    // boundary point, or a queried envelope, in a cell the range misses.
    private const double Slack = 1e-9;

    private readonly Envelope _extent;
    private readonly double _x0;
    private readonly double _y0;
    private readonly double _size;
    private readonly int _columns;
    private readonly int _rows;
    private readonly byte[] _cells;

    public InteriorGrid(Geometry area, int cellsPerSide)
    {
        _extent = area.EnvelopeInternal;
        (_x0, _y0) = (_extent.MinX, _extent.MinY);
        _size = Math.Max(_extent.Width, _extent.Height) / cellsPerSide;
        if (!(_size > 0))
        {
            _cells = [];
            return;
        }

        (_columns, _rows) = ((int)Math.Floor(_extent.Width / _size) + 1, (int)Math.Floor(_extent.Height / _size) + 1);
        _cells = new byte[_columns * _rows];
        var touched = new bool[_cells.Length];
        foreach (var ring in Rings(area))
        {
            for (var i = 1; i < ring.Count; i++)
            {
                var (a, b) = (ring.GetCoordinate(i - 1), ring.GetCoordinate(i));
                var (c0, c1, r0, r1) = Range(Math.Min(a.X, b.X), Math.Max(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
                for (var r = r0; r <= r1; r++)
                {
                    Array.Fill(touched, true, (r * _columns) + c0, c1 - c0 + 1);
                }
            }
        }

        var locator = new IndexedPointInAreaLocator(area);
        for (var r = 0; r < _rows; r++)
        {
            for (var c = 0; c < _columns;)
            {
                var end = c;
                while (end < _columns && !touched[(r * _columns) + end])
                {
                    end++;
                }

                if (end > c)
                {
                    var location = locator.Locate(new Coordinate(_x0 + ((c + 0.5) * _size), _y0 + ((r + 0.5) * _size)));
                    var state = location switch { Location.Interior => Interior, Location.Exterior => Exterior, _ => Undecided };
                    Array.Fill(_cells, state, (r * _columns) + c, end - c);
                }

                c = end + 1;
            }
        }
    }

    /// <summary>True: the envelope lies in the area's interior; false: it shares no point with the area; null: undecided.</summary>
    public bool? Inside(Envelope envelope)
    {
        if (envelope.MaxX < _extent.MinX || envelope.MinX > _extent.MaxX || envelope.MaxY < _extent.MinY || envelope.MinY > _extent.MaxY)
        {
            return false;
        }

        if (_cells.Length == 0)
        {
            return null;
        }

        var within = _extent.Contains(envelope);
        var (c0, c1, r0, r1) = Range(envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY);
        var first = _cells[(r0 * _columns) + c0];
        if (first == Undecided || (first == Interior && !within))
        {
            return null;
        }

        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                if (_cells[(r * _columns) + c] != first)
                {
                    return null;
                }
            }
        }

        return first == Interior;
    }

    /// <summary>
    /// True when one vertex of the polygon's shells lies in the area's interior and another outside the area: the
    /// polygon then meets the interior and is not contained, as the prepared geometry's Intersects and Contains would
    /// find at a higher price. False: not shown by the grid.
    /// </summary>
    public bool Crosses(Geometry polygon)
    {
        var (inside, outside) = (false, false);
        for (var g = 0; g < polygon.NumGeometries; g++)
        {
            if (polygon.GetGeometryN(g) is not Polygon { IsEmpty: false } part)
            {
                continue;
            }

            var shell = part.Shell.CoordinateSequence;
            for (var k = 0; k < shell.Count; k++)
            {
                switch (At(shell.GetX(k), shell.GetY(k)))
                {
                    case Interior:
                        inside = true;
                        break;
                    case Exterior:
                        outside = true;
                        break;
                }

                if (inside && outside)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The state of a point: outside the extent it is exterior, else that of every cell it may fall in (or undecided).
    private byte At(double x, double y)
    {
        if (!_extent.Contains(x, y))
        {
            return Exterior;
        }

        if (_cells.Length == 0)
        {
            return Undecided;
        }

        var (c0, c1, r0, r1) = Range(x, x, y, y);
        var state = _cells[(r0 * _columns) + c0];
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                if (_cells[(r * _columns) + c] != state)
                {
                    return Undecided;
                }
            }
        }

        return state;
    }

    // The cells a closed box may touch, clamped to the grid (outside the grid is outside the area).
    private (int C0, int C1, int R0, int R1) Range(double minX, double maxX, double minY, double maxY) =>
        (Cell(minX, _x0, -Slack, _columns), Cell(maxX, _x0, Slack, _columns), Cell(minY, _y0, -Slack, _rows), Cell(maxY, _y0, Slack, _rows));

    private int Cell(double v, double origin, double slack, int count) =>
        (int)Math.Clamp(Math.Floor(((v - origin) / _size) + slack), 0, count - 1);

    private static IEnumerable<CoordinateSequence> Rings(Geometry area) =>
        Enumerable.Range(0, area.NumGeometries)
            .Select(i => (Polygon)area.GetGeometryN(i))
            .SelectMany(p => p.InteriorRings.Prepend(p.Shell))
            .Select(r => r.CoordinateSequence);
}
