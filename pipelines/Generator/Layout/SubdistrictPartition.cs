using MasterPlanEval.Generator.Randomness;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// Sub-district polygons that tile the city square exactly: a Voronoi diagram of sites dense near the
/// centre, whose edges are then made irregular. Each edge is densified into a wiggly polyline computed
/// only from its two endpoints (taken in coordinate order), so both polygons that share an edge get the
/// very same vertices and the partition has no gaps or overlaps. Edges on the square's boundary stay
/// straight (densified along the line), so the union is exactly the square. An edge whose wiggle would
/// make a polygon invalid or overlap a neighbour is straightened, which keeps every cell valid because
/// a Voronoi cell is convex.
/// </summary>
internal static class SubdistrictPartition
{
    /// <summary>Largest wiggle harmonic amplitude, as a share of the edge length (harmonic k gets 1/k^1.2 of it).</summary>
    private const double WiggleAmplitude = 0.045;

    private const int WiggleHarmonics = 5;

    /// <summary>Voronoi vertices this close to the square's edge (metres) are put on it: they are there up to rounding.</summary>
    private const double FrameSnap = 1e-3;

    private const int MaxRepairRounds = 8;

    public static IReadOnlyList<SubdistrictCell> Build(CityFrame frame, int count, int verticesPerCell, int seed, GeometryFactory factory)
    {
        var (sites, plans) = Sites(frame, count, seed);
        var graph = new Graph(frame);
        var rings = VoronoiRings(frame, sites, graph);
        var open = graph.Edges.Values.FirstOrDefault(e => e.Cells.Count != (e.OnFrame ? 1 : 2));
        if (open is not null)
        {
            throw new InvalidOperationException($"a Voronoi edge is shared by {open.Cells.Count} cells: the partition would have a gap or overlap");
        }

        var perimeter = rings.Sum(r => graph.RingLength(r));
        var spacing = perimeter / (count * (double)verticesPerCell);
        foreach (var edge in graph.Edges.Values)
        {
            graph.Densify(edge, spacing, seed);
        }

        var polygons = new Polygon[count];
        var dirty = Enumerable.Range(0, count).ToHashSet();
        for (var round = 0; ; round++)
        {
            foreach (var i in dirty.Order())
            {
                polygons[i] = graph.Polygon(rings[i], factory);
            }

            var bad = Enumerable.Range(0, count).Where(i => !polygons[i].IsValid).ToList();
            if (bad.Count == 0)
            {
                var coverage = CoverageValidator.Validate(polygons.Cast<NetTopologySuite.Geometries.Geometry>().ToArray());
                bad = Enumerable.Range(0, count).Where(i => coverage[i] is not null).ToList();
            }

            if (bad.Count == 0)
            {
                break;
            }

            if (round == MaxRepairRounds)
            {
                throw new InvalidOperationException($"sub-district partition still invalid after {round} rounds of straightening edges");
            }

            dirty = graph.Straighten(bad.Select(i => rings[i]), spacing, seed);
        }

        var area = polygons.Sum(p => p.Area);
        if (Math.Abs(area - (frame.Side * frame.Side)) > 1e-9 * frame.Side * frame.Side)
        {
            throw new InvalidOperationException($"sub-districts cover {area} m², not the square's {frame.Side * frame.Side} m²");
        }

        var neighbours = graph.Neighbours(count);
        return Enumerable.Range(0, count)
            .Select(i => new SubdistrictCell(frame.MinX + sites[i].X, frame.MinY + sites[i].Y, plans[i].X, plans[i].Y, neighbours[i], polygons[i]))
            .ToList();
    }

    /// <summary>
    /// Sites on a jittered grid (some slots left empty, for irregular sizes), then warped toward the centre:
    /// central sub-districts come out about 1/16 of the mean area, edge ones about twice it.
    /// </summary>
    private static (List<(double X, double Y)> Sites, List<(double X, double Y)> Plans) Sites(CityFrame frame, int count, int seed)
    {
        var rng = new Rng(SeedHash.Of(seed, RandomStream.Sites));
        var grid = (int)Math.Ceiling(Math.Sqrt(count));
        var slots = Enumerable.Range(0, grid * grid).ToArray();
        for (var i = slots.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (slots[i], slots[j]) = (slots[j], slots[i]);
        }

        var step = frame.Side / grid;
        var warp = new SquareWarp(frame.Half, frame.Half, frame.Half, 0.25, 2.2);
        var sites = new List<(double, double)>(count);
        var plans = new List<(double, double)>(count);
        foreach (var slot in slots.Take(count).Order())
        {
            var px = ((slot % grid) + 0.5 + (0.7 * (rng.NextDouble() - 0.5))) * step;
            var py = ((slot / grid) + 0.5 + (0.7 * (rng.NextDouble() - 0.5))) * step;
            plans.Add((px, py));
            sites.Add(warp.Apply(px, py));
        }

        return (sites, plans);
    }

    /// <summary>
    /// Voronoi cells of the sites, bounded by the square: each site is mirrored across the four sides, so
    /// the bisector between a site and its mirror is the side itself and no clipping is needed. Sites are
    /// in local coordinates (0..side), where circumcentres are computed with the least rounding.
    /// </summary>
    private static List<int[]> VoronoiRings(CityFrame frame, List<(double X, double Y)> sites, Graph graph)
    {
        var s = frame.Side;
        var coordinates = new List<Coordinate>(sites.Count * 5);
        var index = new Dictionary<(double, double), int>();
        for (var i = 0; i < sites.Count; i++)
        {
            var (x, y) = sites[i];
            index[(x, y)] = i;
            coordinates.Add(new Coordinate(x, y));
            coordinates.Add(new Coordinate(-x, y));
            coordinates.Add(new Coordinate((2 * s) - x, y));
            coordinates.Add(new Coordinate(x, -y));
            coordinates.Add(new Coordinate(x, (2 * s) - y));
        }

        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(coordinates);
        var cells = builder.GetSubdivision().GetVoronoiCellPolygons(new GeometryFactory());
        var rings = new int[sites.Count][];
        foreach (var cell in cells)
        {
            var site = (Coordinate)cell.UserData;
            if (!index.TryGetValue((site.X, site.Y), out var i))
            {
                continue;
            }

            var ids = new List<int>();
            var ring = cell.Coordinates;
            for (var k = 0; k < ring.Length - 1; k++)
            {
                var id = graph.Vertex(Local(ring[k].X, s), Local(ring[k].Y, s));
                if (ids.Count == 0 || ids[^1] != id)
                {
                    ids.Add(id);
                }
            }

            while (ids.Count > 1 && ids[0] == ids[^1])
            {
                ids.RemoveAt(ids.Count - 1);
            }

            if (ids.Count < 3)
            {
                throw new InvalidOperationException($"Voronoi cell of site {i} collapsed to {ids.Count} vertices");
            }

            if (graph.SignedArea(ids) < 0)
            {
                ids.Reverse();
            }

            rings[i] = [.. ids];
        }

        for (var i = 0; i < rings.Length; i++)
        {
            if (rings[i] is null)
            {
                throw new InvalidOperationException($"no Voronoi cell for site {i}");
            }

            graph.AddRing(i, rings[i]);
        }

        return [.. rings];
    }

    private static double Local(double value, double side)
    {
        if (value < -FrameSnap || value > side + FrameSnap)
        {
            throw new InvalidOperationException($"Voronoi vertex {value} lies outside the square 0..{side}: a site was not mirrored");
        }

        return Math.Abs(value) <= FrameSnap ? 0 : Math.Abs(value - side) <= FrameSnap ? side : value;
    }

    private sealed class Edge(int a, int b, bool onFrame)
    {
        /// <summary>The endpoint first in (x, y) order: the wiggle is computed from A to B.</summary>
        public int A { get; } = a;

        public int B { get; } = b;

        public bool OnFrame { get; } = onFrame;

        public List<int> Cells { get; } = [];

        public bool Straight { get; set; }

        public double[] Xs { get; set; } = [];

        public double[] Ys { get; set; } = [];
    }

    /// <summary>Shared vertices (millimetre world coordinates) and edges of the partition.</summary>
    private sealed class Graph(CityFrame frame)
    {
        private readonly Dictionary<(long, long), int> _ids = [];
        private readonly List<double> _x = [];
        private readonly List<double> _y = [];

        public Dictionary<(int, int), Edge> Edges { get; } = [];

        public int Vertex(double localX, double localY)
        {
            var x = CityFrame.Mm(frame.MinX + localX);
            var y = CityFrame.Mm(frame.MinY + localY);
            var key = (CityFrame.MmKey(x), CityFrame.MmKey(y));
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _x.Count;
                _ids[key] = id;
                _x.Add(x);
                _y.Add(y);
            }

            return id;
        }

        public double SignedArea(IReadOnlyList<int> ring)
        {
            double sum = 0;
            for (var k = 0; k < ring.Count; k++)
            {
                var (a, b) = (ring[k], ring[(k + 1) % ring.Count]);
                sum += ((_x[a] - frame.MinX) * (_y[b] - frame.MinY)) - ((_x[b] - frame.MinX) * (_y[a] - frame.MinY));
            }

            return sum / 2;
        }

        public double RingLength(IReadOnlyList<int> ring)
        {
            double sum = 0;
            for (var k = 0; k < ring.Count; k++)
            {
                var (a, b) = (ring[k], ring[(k + 1) % ring.Count]);
                sum += Math.Sqrt(((_x[b] - _x[a]) * (_x[b] - _x[a])) + ((_y[b] - _y[a]) * (_y[b] - _y[a])));
            }

            return sum;
        }

        public void AddRing(int cell, IReadOnlyList<int> ring)
        {
            for (var k = 0; k < ring.Count; k++)
            {
                var (p, q) = (ring[k], ring[(k + 1) % ring.Count]);
                var key = (Math.Min(p, q), Math.Max(p, q));
                if (!Edges.TryGetValue(key, out var edge))
                {
                    var first = (_x[p], _y[p]).CompareTo((_x[q], _y[q])) < 0;
                    edge = new Edge(first ? p : q, first ? q : p, OnFrame(p, q));
                    Edges[key] = edge;
                }

                edge.Cells.Add(cell);
            }
        }

        public IReadOnlyList<int>[] Neighbours(int count)
        {
            var sets = Enumerable.Range(0, count).Select(_ => new SortedSet<int>()).ToArray();
            foreach (var edge in Edges.Values.Where(e => e.Cells.Count == 2))
            {
                sets[edge.Cells[0]].Add(edge.Cells[1]);
                sets[edge.Cells[1]].Add(edge.Cells[0]);
            }

            return sets.Select(s => (IReadOnlyList<int>)[.. s]).ToArray();
        }

        /// <summary>
        /// Interior vertices of an edge: about one per <paramref name="spacing"/> metres, offset sideways by a
        /// sum of sines that vanish at both ends, their amplitudes hashed from the endpoints alone.
        /// </summary>
        public void Densify(Edge edge, double spacing, int seed)
        {
            var (ax, ay, bx, by) = (_x[edge.A], _y[edge.A], _x[edge.B], _y[edge.B]);
            var (dx, dy) = (bx - ax, by - ay);
            var length = Math.Sqrt((dx * dx) + (dy * dy));
            var n = edge.Straight || length == 0 ? 0 : Math.Max(0, (int)Math.Round(length / spacing) - 1);
            var key = SeedHash.Of(seed, RandomStream.Wiggle, CityFrame.MmKey(ax) ^ (CityFrame.MmKey(ay) << 20), CityFrame.MmKey(bx), CityFrame.MmKey(by));
            Span<double> amplitude = stackalloc double[WiggleHarmonics];
            for (var k = 0; k < WiggleHarmonics; k++)
            {
                amplitude[k] = edge.OnFrame ? 0 : WiggleAmplitude * ((2 * SeedHash.Unit(key, k)) - 1) / Math.Pow(k + 1, 1.2);
            }

            var xs = new double[n];
            var ys = new double[n];
            for (var i = 1; i <= n; i++)
            {
                var t = i / (double)(n + 1);
                double offset = 0;
                for (var k = 0; k < WiggleHarmonics; k++)
                {
                    offset += amplitude[k] * Math.Sin((k + 1) * Math.PI * t);
                }

                offset *= length;
                xs[i - 1] = CityFrame.Mm(ax + (t * dx) - (offset * dy / length));
                ys[i - 1] = CityFrame.Mm(ay + (t * dy) + (offset * dx / length));
            }

            edge.Xs = xs;
            edge.Ys = ys;
        }

        /// <summary>Straightens every wiggly edge of the given rings; returns the cells whose polygons changed.</summary>
        public HashSet<int> Straighten(IEnumerable<int[]> rings, double spacing, int seed)
        {
            var changed = new HashSet<int>();
            foreach (var ring in rings)
            {
                for (var k = 0; k < ring.Length; k++)
                {
                    var (p, q) = (ring[k], ring[(k + 1) % ring.Length]);
                    var edge = Edges[(Math.Min(p, q), Math.Max(p, q))];
                    if (!edge.OnFrame && !edge.Straight)
                    {
                        edge.Straight = true;
                        Densify(edge, spacing, seed);
                        changed.UnionWith(edge.Cells);
                    }
                }
            }

            return changed;
        }

        public Polygon Polygon(int[] ring, GeometryFactory factory)
        {
            var coordinates = new List<Coordinate>();
            for (var k = 0; k < ring.Length; k++)
            {
                var (p, q) = (ring[k], ring[(k + 1) % ring.Length]);
                var edge = Edges[(Math.Min(p, q), Math.Max(p, q))];
                coordinates.Add(new Coordinate(_x[p], _y[p]));
                var forward = edge.A == p;
                for (var i = 0; i < edge.Xs.Length; i++)
                {
                    var j = forward ? i : edge.Xs.Length - 1 - i;
                    coordinates.Add(new Coordinate(edge.Xs[j], edge.Ys[j]));
                }
            }

            coordinates.Add(coordinates[0].Copy());
            return factory.CreatePolygon([.. coordinates]);
        }

        private bool OnFrame(int p, int q) =>
            (_x[p] == frame.MinX && _x[q] == frame.MinX) || (_x[p] == frame.MaxX && _x[q] == frame.MaxX)
            || (_y[p] == frame.MinY && _y[q] == frame.MinY) || (_y[p] == frame.MaxY && _y[q] == frame.MaxY);
    }
}
