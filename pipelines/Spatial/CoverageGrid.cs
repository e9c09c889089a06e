using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Answers "is one of these facilities within r metres (straight line, inclusive)?" for points of a given area,
/// with the facilities in buckets r metres wide: every facility within r of a point lies in the point's bucket or
/// one of its eight neighbours, so a query reads three runs of a flat array (one per bucket row) and tests a few
/// distances. The buckets are a dense array over the area asked about (plus one bucket around it), so a facility
/// far away costs nothing; for a radius tiny beside the area they widen to keep that array at most
/// <see cref="MaxBucketsAcross"/> buckets across. Built whole in the constructor, so threads may share it.
/// </summary>
public sealed class CoverageGrid
{
    public const int MaxBucketsAcross = 4096;

    private readonly double _size;
    private readonly double _limit;
    private readonly long _minColumn;
    private readonly long _minRow;
    private readonly int _columns;
    private readonly int _rows;

    // Bucket b (row-major) holds the facilities _points[2 * _starts[b] .. 2 * _starts[b + 1]) as x, y pairs.
    private readonly int[] _starts;
    private readonly double[] _points;

    /// <param name="facilities">facility positions</param>
    /// <param name="radiusMetres">the distance; 0 covers a point only from a facility exactly on it</param>
    /// <param name="area">the envelope of every point that will be asked about</param>
    public CoverageGrid(IEnumerable<(double X, double Y)> facilities, int radiusMetres, Envelope area)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radiusMetres);
        if (area.IsNull)
        {
            throw new ArgumentException("the area of a coverage grid must not be empty", nameof(area));
        }

        _size = Math.Max(Math.Max(radiusMetres, 1), Math.Ceiling(Math.Max(area.Width, area.Height) / MaxBucketsAcross));
        _limit = (double)radiusMetres * radiusMetres;
        (_minColumn, _minRow) = (Bucket(area.MinX) - 1, Bucket(area.MinY) - 1);
        (_columns, _rows) = (checked((int)(Bucket(area.MaxX) + 2 - _minColumn)), checked((int)(Bucket(area.MaxY) + 2 - _minRow)));
        var kept = facilities.Select(f => (f.X, f.Y, Index: Index(f.X, f.Y))).Where(f => f.Index >= 0).ToList();
        _starts = new int[checked((_columns * _rows) + 1)];
        kept.ForEach(f => _starts[f.Index + 1]++);
        for (var b = 1; b < _starts.Length; b++)
        {
            _starts[b] += _starts[b - 1];
        }

        _points = new double[2 * kept.Count];
        var filled = new int[_columns * _rows];
        foreach (var (x, y, index) in kept)
        {
            var at = 2 * (_starts[index] + filled[index]++);
            (_points[at], _points[at + 1]) = (x, y);
        }
    }

    /// <summary>Whether a facility lies within the radius of (x, y), a point of the area the grid was built for.</summary>
    // Optimised from the first call: a run asks it for every cell once, often before tiered compilation would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Covers(double x, double y)
    {
        var (column, row) = (Bucket(x) - _minColumn, Bucket(y) - _minRow);
        if (column < 1 || row < 1 || column > _columns - 2 || row > _rows - 2)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) lies outside the area the coverage grid was built for");
        }

        for (var r = row - 1; r <= row + 1; r++)
        {
            var first = (int)((r * _columns) + column - 1);
            for (var k = 2 * _starts[first]; k < 2 * _starts[first + 3]; k += 2)
            {
                var (dx, dy) = (_points[k] - x, _points[k + 1] - y);
                if ((dx * dx) + (dy * dy) <= _limit)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // floor(x / size): for size = r, the cut the coverage flags were first computed with, so the facilities tried are the same.
    private long Bucket(double v) => (long)Math.Floor(v / _size);

    // Row-major bucket of a facility, or -1 when it lies beyond the buckets kept (too far from the area to count).
    private int Index(double x, double y)
    {
        var (column, row) = (Bucket(x) - _minColumn, Bucket(y) - _minRow);
        return column < 0 || row < 0 || column >= _columns || row >= _rows ? -1 : (int)((row * _columns) + column);
    }
}
