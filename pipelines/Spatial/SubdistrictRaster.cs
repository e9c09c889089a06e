using System.Runtime.CompilerServices;
using MasterPlanEval.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Locates points by a raster over the sub-districts, so most points need no point-in-polygon test. A raster cell
/// that some boundary segment's envelope reaches is marked; the others cannot hold a boundary point, so every
/// polygon either covers all of an unmarked cell or none of it, and so does it for a run of adjacent unmarked cells.
/// Each connected run (found by flood fill) is located once, through <see cref="SubdistrictLocator"/> at one of its
/// cell centres; a point in a marked cell is left to the exact locator. The raster cell of a point is defined by the
/// same floor division that marks the segments, and floor division is monotonic, so rounding never puts a boundary
/// point in an unmarked cell: the answers are exactly those of <see cref="SubdistrictLocator.Locate"/>.
/// Not safe to share between threads: the exact locator prepares its polygons lazily. One thread suffices, since a
/// raster lookup costs far less than one point-in-polygon test and few points need one.
/// </summary>
public sealed class SubdistrictRaster
{
    // Raster cells across the sub-districts' longer side (68 m for Beijing's 140 km, 4 million cells for a square):
    // few enough to fill in tens of milliseconds, and fine enough that only about 3 % of the benchmark city's 250 m
    // grid centroids fall in marked cells (measured there: with 1,024 across, locating took about three times as long).
    public const int CellsAcross = 2048;
    private const int Marked = -1;
    private const int Unlabelled = -2;

    private readonly double _x0;
    private readonly double _y0;
    private readonly double _size;
    private readonly int _nx;
    private readonly int _ny;

    // Per raster cell: Marked, or the index in _answers of its connected run's sub-district.
    private readonly int[] _runs;
    private readonly List<string?> _answers = [];

    // Prepared once, for the run seeds and the points in marked cells, so one thread pays for its point indexes.
    private readonly SubdistrictLocator _exact;

    public SubdistrictRaster(IReadOnlyList<PlanningUnit> units)
    {
        _exact = new SubdistrictLocator(units);
        var polygons = units.Where(u => u.Level == UnitLevel.Subdistrict && u.Geometry is not null).Select(u => u.Geometry!).ToList();
        var extent = new Envelope();
        polygons.ForEach(p => extent.ExpandToInclude(p.EnvelopeInternal));
        if (extent.IsNull)
        {
            (_nx, _ny, _size, _runs) = (0, 0, 1, []);
            return;
        }

        (_x0, _y0) = (extent.MinX, extent.MinY);
        var side = Math.Max(extent.Width, extent.Height) / CellsAcross;
        _size = side > 0 ? side : 1;
        (_nx, _ny) = (Column(extent.MaxX) + 1, Row(extent.MaxY) + 1);
        _runs = new int[_nx * _ny];
        Array.Fill(_runs, Unlabelled);
        polygons.ForEach(MarkBoundary);
        LabelRuns();
    }

    /// <summary>The sub-district of a point (null: none), as <see cref="SubdistrictLocator.Locate"/> gives it.</summary>
    // Optimised from the first call: a run asks it for every cell once, often before tiered compilation would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Locate(double x, double y)
    {
        if (x >= _x0 && y >= _y0)
        {
            var (i, j) = (Column(x), Row(y));
            if (i < _nx && j < _ny && _runs[(j * _nx) + i] is var run and not Marked)
            {
                return _answers[run];
            }
        }

        return _exact.Locate(x, y);
    }

    /// <summary>
    /// True when no sub-district's boundary reaches the closed envelope, so whatever lies in it lies in the interior
    /// of <paramref name="subdistrict"/> (the one with the smallest id, as <see cref="SubdistrictLocator.Split"/>
    /// takes it) or outside every sub-district (null). False: undecided. Reads only what construction wrote, so
    /// workers may share it.
    /// </summary>
    // Every point of the envelope falls, by the floor division that marks segments, in a raster cell of its column and
    // row range; a boundary point there would have marked its cell. Unmarked cells of one rectangle are one run.
    public bool TryLocateEnvelope(Envelope envelope, out string? subdistrict)
    {
        subdistrict = null;
        if (envelope.IsNull || !(envelope.MinX >= _x0 && envelope.MinY >= _y0))
        {
            return false;
        }

        var (i0, i1, j0, j1) = (Column(envelope.MinX), Column(envelope.MaxX), Row(envelope.MinY), Row(envelope.MaxY));
        if (i1 >= _nx || j1 >= _ny)
        {
            return false;
        }

        var run = _runs[(j0 * _nx) + i0];
        if (run == Marked)
        {
            return false;
        }

        for (var j = j0; j <= j1; j++)
        {
            for (var i = i0; i <= i1; i++)
            {
                if (_runs[(j * _nx) + i] != run)
                {
                    return false;
                }
            }
        }

        subdistrict = _answers[run];
        return true;
    }

    private int Column(double x) => (int)Math.Floor((x - _x0) / _size);

    private int Row(double y) => (int)Math.Floor((y - _y0) / _size);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkBoundary(Geometry polygon)
    {
        foreach (var ring in LinearComponentExtracter.GetLines(polygon).Cast<LineString>())
        {
            var points = ring.CoordinateSequence;
            for (var k = 1; k < points.Count; k++)
            {
                var (xa, ya, xb, yb) = (points.GetX(k - 1), points.GetY(k - 1), points.GetX(k), points.GetY(k));
                var (i0, i1) = (Column(Math.Min(xa, xb)), Column(Math.Max(xa, xb)));
                var (j0, j1) = (Row(Math.Min(ya, yb)), Row(Math.Max(ya, yb)));
                for (var j = j0; j <= j1; j++)
                {
                    Array.Fill(_runs, Marked, (j * _nx) + i0, i1 - i0 + 1);
                }
            }
        }
    }

    // Each unlabelled cell left seeds a new run, located at the cell's centre; four-connected, since two unmarked cells
    // sharing an edge form one box with no boundary in it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LabelRuns()
    {
        var pending = new Stack<int>();
        for (var seed = 0; seed < _runs.Length; seed++)
        {
            if (_runs[seed] != Unlabelled)
            {
                continue;
            }

            var (x, y) = (_x0 + (((seed % _nx) + 0.5) * _size), _y0 + (((seed / _nx) + 0.5) * _size));
            if (Column(x) != seed % _nx || Row(y) != seed / _nx)
            {
                // Rounding put the centre in a neighbour, which may hold a boundary: let another cell seed the run.
                _runs[seed] = Marked;
                continue;
            }

            _answers.Add(_exact.Locate(x, y));
            Fill(seed, _answers.Count - 1, pending);
        }
    }

    // Scanline flood fill: a row's stretch of unlabelled cells is filled at once, and seeds the stretches it touches
    // in the rows above and below.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(int seed, int run, Stack<int> pending)
    {
        pending.Push(seed);
        while (pending.TryPop(out var cell))
        {
            if (_runs[cell] != Unlabelled)
            {
                continue;
            }

            var (row, from, to) = (cell / _nx, cell, cell + 1);
            while (from > row * _nx && _runs[from - 1] == Unlabelled)
            {
                from--;
            }

            while (to < (row + 1) * _nx && _runs[to] == Unlabelled)
            {
                to++;
            }

            Array.Fill(_runs, run, from, to - from);
            if (row > 0)
            {
                PushStretches(from - _nx, to - _nx, pending);
            }

            if (row < _ny - 1)
            {
                PushStretches(from + _nx, to + _nx, pending);
            }
        }
    }

    // One cell of each stretch of unlabelled cells in [from, to).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PushStretches(int from, int to, Stack<int> pending)
    {
        for (var cell = from; cell < to; cell++)
        {
            if (_runs[cell] == Unlabelled && (cell == from || _runs[cell - 1] != Unlabelled))
            {
                pending.Push(cell);
            }
        }
    }
}
