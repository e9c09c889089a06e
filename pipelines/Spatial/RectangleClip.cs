using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Cuts the part of a large polygonal area (a sub-district, a control-line union) that lies near a small
/// envelope, in one pass over flat coordinate arrays. OverlayNG costs time in every vertex of its inputs even
/// when it clips them itself, so a parcel overlaid with the cut part (a dozen vertices) is several times faster
/// than with the whole boundary (hundreds). Near the envelope the cut part has exactly the segments of the
/// whole, so the overlay computes the same intersection points and the same result.
/// Not thread-safe (a point locator is built on first use): one instance per worker.
/// </summary>
public sealed class RectangleClip
{
    // OverlayNG clips to the inputs' common envelope widened by a tenth of its extent (its safe envelope): the
    // segments it keeps whole there are kept whole here, with a wider margin (a fifth of the envelope's larger side).
    private const double KeepFactor = 0.2;

    private readonly Geometry _area;
    private readonly Ring[] _rings;
    private IPointOnGeometryLocator? _locator;

    /// <summary>The whole area.</summary>
    public Geometry Area => _area;

    public RectangleClip(Geometry area)
    {
        _area = area;
        _rings = Enumerable.Range(0, area.NumGeometries)
            .Select(i => (Polygon)area.GetGeometryN(i))
            .Where(p => !p.IsEmpty)
            .SelectMany(p => p.InteriorRings.Select(r => Ring.Of(r, hole: true)).Prepend(Ring.Of(p.Shell, hole: false)))
            .ToArray();
    }

    /// <summary>
    /// A polygonal geometry equal to the area within a margin around <paramref name="target"/> (every segment
    /// reaching that margin kept whole), or the area itself when cutting would not make it smaller or the cut
    /// would meet a degenerate case (a vertex on the cut, a crossing at a corner).
    /// </summary>
    public Geometry Near(Envelope target)
    {
        var margin = KeepFactor * Math.Max(target.Width, target.Height);
        if (!(margin > 0) || _rings.Length == 0)
        {
            return _area;
        }

        var keep = target.Copy();
        keep.ExpandBy(margin);
        var cut = keep.Copy();
        foreach (var ring in _rings)
        {
            ring.ExpandToSegmentsMeeting(keep, cut);
        }

        cut.ExpandBy(margin);
        return cut.Contains(_area.EnvelopeInternal) ? _area : Clip(cut) ?? _area;
    }

    /// <summary>The area inside the rectangle, exactly, or null when a vertex lies on its sides or a crossing is too close to call.</summary>
    public Geometry? Clip(Envelope rectangle)
    {
        var box = new Box(rectangle);
        var chains = new List<Chain>();
        var shells = new List<Coordinate[]>();
        var holes = new List<Coordinate[]>();
        foreach (var ring in _rings)
        {
            if (!ring.Clip(box, chains, out var whole))
            {
                return null;
            }

            if (whole is not null)
            {
                (ring.IsHole ? holes : shells).Add(whole);
            }
        }

        if (chains.Count > 0)
        {
            if (!Link(box, chains, shells))
            {
                return null;
            }
        }
        else
        {
            var corner = new Coordinate(box.MinX, box.MinY);
            var location = (_locator ??= new IndexedPointInAreaLocator(_area)).Locate(corner);
            if (location == Location.Boundary)
            {
                return null;
            }

            if (location == Location.Interior)
            {
                shells.Add(box.Ring());
            }
        }

        return Assemble(shells, holes);
    }

    // Joins the chains inside the box into closed rings: the area lies left of every ring, so from where a chain
    // leaves the box its boundary runs counter-clockwise along the box to the next place a chain enters.
    private static bool Link(Box box, List<Chain> chains, List<Coordinate[]> shells)
    {
        var entries = chains.OrderBy(c => c.Entry).ToList();
        var positions = chains.SelectMany(c => new[] { c.Entry, c.Exit }).Order().ToList();
        var tie = 1e-9 * box.Perimeter;
        for (var i = 0; i < positions.Count; i++)
        {
            var next = i + 1 < positions.Count ? positions[i + 1] : positions[0] + box.Perimeter;
            if (next - positions[i] <= tie && positions.Count > 1)
            {
                return false;
            }
        }

        var used = new HashSet<Chain>(ReferenceEqualityComparer.Instance);
        foreach (var start in entries)
        {
            if (!used.Add(start))
            {
                continue;
            }

            var ring = new List<Coordinate>();
            for (var chain = start; ;)
            {
                ring.AddRange(chain.Points);
                var following = entries.FirstOrDefault(c => c.Entry > chain.Exit) ?? entries[0];
                ring.AddRange(box.CornersBetween(chain.Exit, following.Entry));
                if (ReferenceEquals(following, start))
                {
                    break;
                }

                if (!used.Add(following))
                {
                    return false;
                }

                chain = following;
            }

            ring.Add(ring[0].Copy());
            shells.Add([.. ring]);
        }

        return true;
    }

    // Each hole goes to the smallest shell around one of its vertices (a hole of a valid area touches no other ring
    // except at points, so a vertex off every shell boundary decides).
    private Geometry? Assemble(List<Coordinate[]> shells, List<Coordinate[]> holes)
    {
        var factory = _area.Factory;
        var holesOf = shells.Select(_ => new List<LinearRing>()).ToArray();
        var areas = shells.Select(s => Math.Abs(NetTopologySuite.Algorithm.Area.OfRingSigned(s))).ToArray();
        foreach (var hole in holes)
        {
            var owner = -1;
            for (var s = 0; s < shells.Count; s++)
            {
                if ((owner < 0 || areas[s] < areas[owner]) && PointLocation.LocateInRing(hole[0], shells[s]) == Location.Interior)
                {
                    owner = s;
                }
            }

            if (owner < 0)
            {
                return null;
            }

            holesOf[owner].Add(factory.CreateLinearRing(hole));
        }

        var polygons = shells.Select((s, i) => factory.CreatePolygon(factory.CreateLinearRing(s), [.. holesOf[i]])).ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    /// <summary>A stretch of a ring inside the box, from where it enters to where it leaves (positions counter-clockwise along the box).</summary>
    private sealed record Chain(List<Coordinate> Points, double Entry, double Exit);

    /// <summary>
    /// One ring as flat arrays, the area on its left: shells counter-clockwise, holes clockwise. Runs of
    /// <see cref="ChunkSize"/> segments carry their envelope, so a cut skips the runs far from it in one test.
    /// </summary>
    private sealed class Ring
    {
        private const int ChunkSize = 16;

        private readonly double[] _x;
        private readonly double[] _y;
        private readonly Coordinate[] _coordinates;
        private readonly Envelope[] _chunks;

        private Ring(Coordinate[] coordinates, bool hole)
        {
            _coordinates = coordinates;
            _x = coordinates.Select(c => c.X).ToArray();
            _y = coordinates.Select(c => c.Y).ToArray();
            IsHole = hole;
            var segments = coordinates.Length - 1;
            _chunks = Enumerable.Range(0, (segments + ChunkSize - 1) / ChunkSize)
                .Select(k => Envelope(k * ChunkSize, Math.Min(segments, (k + 1) * ChunkSize)))
                .ToArray();
        }

        public bool IsHole { get; }

        public static Ring Of(LineString ring, bool hole)
        {
            var coordinates = ring.Coordinates;
            if (Orientation.IsCCW(coordinates) == hole)
            {
                coordinates = coordinates.Reverse().ToArray();
            }

            return new Ring(coordinates, hole);
        }

        public void ExpandToSegmentsMeeting(Envelope keep, Envelope cut)
        {
            var (minX, maxX, minY, maxY) = (keep.MinX, keep.MaxX, keep.MinY, keep.MaxY);
            for (var k = 0; k < _chunks.Length; k++)
            {
                if (!_chunks[k].Intersects(keep))
                {
                    continue;
                }

                for (var i = (k * ChunkSize) + 1; i <= Math.Min(_x.Length - 1, (k + 1) * ChunkSize); i++)
                {
                    var (x0, y0, x1, y1) = (_x[i - 1], _y[i - 1], _x[i], _y[i]);
                    if (Math.Max(x0, x1) >= minX && Math.Min(x0, x1) <= maxX && Math.Max(y0, y1) >= minY && Math.Min(y0, y1) <= maxY)
                    {
                        cut.ExpandToInclude(x0, y0);
                        cut.ExpandToInclude(x1, y1);
                    }
                }
            }
        }

        /// <summary>
        /// Adds the ring's stretches inside the box to <paramref name="chains"/>; a ring wholly inside comes back
        /// whole. False when a vertex lies on the box's boundary or a crossing is too close to call.
        /// </summary>
        public bool Clip(Box box, List<Chain> chains, out Coordinate[]? whole)
        {
            whole = null;
            if (box.OnBoundary(_x[0], _y[0]))
            {
                return false;
            }

            // Walking from the first vertex: when it is inside, the stretch it starts in (head) is closed by the
            // stretch that comes back to it at the end.
            var startsInside = box.Inside(_x[0], _y[0]);
            List<Coordinate>? open = startsInside ? [_coordinates[0]] : null;
            List<Coordinate>? head = null;
            var (entry, headExit) = (0.0, 0.0);
            var crossed = false;
            for (var k = 0; k < _chunks.Length; k++)
            {
                // Far from the box (every vertex strictly outside): no segment of the run can meet it.
                if (!_chunks[k].Intersects(box.Extent))
                {
                    continue;
                }

                for (var b = (k * ChunkSize) + 1; b <= Math.Min(_x.Length - 1, (k + 1) * ChunkSize); b++)
                {
                    var a = b - 1;
                    if (box.OnBoundary(_x[b], _y[b]))
                    {
                        return false;
                    }

                    var (inA, inB) = (box.Inside(_x[a], _y[a]), box.Inside(_x[b], _y[b]));
                    if (inA && inB)
                    {
                        open!.Add(_coordinates[b]);
                        continue;
                    }

                    if (!inA && !inB && box.SameSideOutside(_x[a], _y[a], _x[b], _y[b]))
                    {
                        continue;
                    }

                    var crossing = box.Through(_x[a], _y[a], _x[b], _y[b], inA, inB);
                    if (crossing is not var (enter, leave))
                    {
                        // A segment with one end inside must cross; missing it means the crossing is too close to call.
                        if (inA || inB)
                        {
                            return false;
                        }

                        continue;
                    }

                    crossed = true;
                    if (inA)
                    {
                        open!.Add(leave.Point);
                        if (startsInside && head is null)
                        {
                            (head, headExit) = (open, leave.Position);
                        }
                        else
                        {
                            chains.Add(new Chain(open, entry, leave.Position));
                        }

                        open = null;
                    }
                    else if (inB)
                    {
                        open = [enter.Point, _coordinates[b]];
                        entry = enter.Position;
                    }
                    else
                    {
                        chains.Add(new Chain([enter.Point, leave.Point], enter.Position, leave.Position));
                    }
                }
            }

            if (!crossed)
            {
                whole = startsInside ? _coordinates.Select(c => c.Copy()).ToArray() : null;
                return true;
            }

            if (startsInside)
            {
                // The last stretch ends at the first vertex, which starts the head: join them.
                open!.AddRange(head!.Skip(1));
                chains.Add(new Chain(open, entry, headExit));
            }

            return true;
        }

        private Envelope Envelope(int from, int to)
        {
            var envelope = new Envelope();
            for (var i = from; i <= to; i++)
            {
                envelope.ExpandToInclude(_x[i], _y[i]);
            }

            return envelope;
        }
    }

    /// <summary>The cutting rectangle: its sides, where a segment crosses them, and positions counter-clockwise along them from the lower-left corner.</summary>
    private sealed class Box(Envelope e)
    {
        private readonly double _w = e.Width;
        private readonly double _h = e.Height;

        public double MinX { get; } = e.MinX;

        public double MinY { get; } = e.MinY;

        private double MaxX { get; } = e.MaxX;

        private double MaxY { get; } = e.MaxY;

        public double Perimeter => 2 * (_w + _h);

        public bool Inside(double x, double y) => x > MinX && x < MaxX && y > MinY && y < MaxY;

        // Both ends beyond the same side: the segment cannot meet the box (most segments of a large area).
        public bool SameSideOutside(double x0, double y0, double x1, double y1) =>
            (x0 < MinX && x1 < MinX) || (x0 > MaxX && x1 > MaxX) || (y0 < MinY && y1 < MinY) || (y0 > MaxY && y1 > MaxY);

        public Envelope Extent { get; } = e;

        // On the box's boundary (inside the closed box, not strictly inside): the cut would be degenerate there.
        public bool OnBoundary(double x, double y) =>
            x >= MinX && x <= MaxX && y >= MinY && y <= MaxY && !Inside(x, y);

        // Liang–Barsky: the parameters where the segment enters and leaves the box, and the sides it crosses there
        // (an end inside neither enters nor leaves). A crossing point takes the side's coordinate exactly and the
        // other clamped to the side, so it lies on the box. Null: the segment misses the box or only touches it.
        public ((Coordinate Point, double Position) Enter, (Coordinate Point, double Position) Leave)? Through(
            double x0, double y0, double x1, double y1, bool inside0, bool inside1)
        {
            var (dx, dy) = (x1 - x0, y1 - y0);
            var (t0, t1) = (0.0, 1.0);
            var (enterSide, leaveSide) = (-1, -1);
            Span<(double P, double Q)> sides = [(-dy, y0 - MinY), (dx, MaxX - x0), (dy, MaxY - y0), (-dx, x0 - MinX)];
            for (var s = 0; s < 4; s++)
            {
                var (p, q) = sides[s];
                if (p == 0)
                {
                    if (q < 0)
                    {
                        return null;
                    }

                    continue;
                }

                var r = q / p;
                if (p < 0 && r > t0)
                {
                    (t0, enterSide) = (r, s);
                }
                else if (p > 0 && r < t1)
                {
                    (t1, leaveSide) = (r, s);
                }
            }

            if (!(t0 < t1) || (!inside0 && enterSide < 0) || (!inside1 && leaveSide < 0))
            {
                return null;
            }

            return (inside0 ? default : On(enterSide, x0 + (t0 * dx), y0 + (t0 * dy)), inside1 ? default : On(leaveSide, x0 + (t1 * dx), y0 + (t1 * dy)));
        }

        private (Coordinate, double) On(int side, double x, double y)
        {
            var (cx, cy) = (Math.Clamp(x, MinX, MaxX), Math.Clamp(y, MinY, MaxY));
            return side switch
            {
                0 => (new Coordinate(cx, MinY), cx - MinX),
                1 => (new Coordinate(MaxX, cy), _w + (cy - MinY)),
                2 => (new Coordinate(cx, MaxY), _w + _h + (MaxX - cx)),
                _ => (new Coordinate(MinX, cy), (2 * _w) + _h + (MaxY - cy)),
            };
        }

        /// <summary>The corners passed going counter-clockwise from one position to another.</summary>
        public IEnumerable<Coordinate> CornersBetween(double from, double to)
        {
            var corners = new (double Position, double X, double Y)[]
            {
                (_w, MaxX, MinY), (_w + _h, MaxX, MaxY), ((2 * _w) + _h, MinX, MaxY), (Perimeter, MinX, MinY),
            };
            var end = to > from ? to : to + Perimeter;
            for (var lap = 0; lap < 2; lap++)
            {
                foreach (var (position, x, y) in corners)
                {
                    var p = position + (lap * Perimeter);
                    if (p > from && p < end)
                    {
                        yield return new Coordinate(x, y);
                    }
                }
            }
        }

        public Coordinate[] Ring() =>
            [new(MinX, MinY), new(MaxX, MinY), new(MaxX, MaxY), new(MinX, MaxY), new(MinX, MinY)];
    }
}
