using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Answers "is there a facility of this type, open this year, within r metres (straight line, inclusive)?"
/// with one bucket grid per type, year and radius, buckets r metres wide: every facility within r of a point
/// lies in the point's bucket or one of its eight neighbours, so a query is nine lookups and a few distance
/// tests (measured: several times faster than an STR-tree query per cell). Built whole in the constructor, so
/// threads may share it.
/// </summary>
public sealed class CoverageIndex
{
    private readonly Dictionary<(string Type, int Year, int Radius), Dictionary<(long, long), double[]>> _grids = [];

    public CoverageIndex(IEnumerable<Facility> facilities, IEnumerable<int> years, IEnumerable<int> radii)
    {
        var all = facilities.ToList();
        var sizes = radii.Distinct().ToList();
        foreach (var year in years)
        {
            foreach (var group in all.Where(f => f.YearOpen is null || f.YearOpen <= year).GroupBy(f => f.Type))
            {
                foreach (var radius in sizes)
                {
                    _grids[(group.Key, year, radius)] = group
                        .GroupBy(f => Bucket(f.X, f.Y, radius))
                        .ToDictionary(b => b.Key, b => b.SelectMany(f => new[] { f.X, f.Y }).ToArray());
                }
            }
        }
    }

    public bool Covers(string type, int year, int radiusMetres, double x, double y)
    {
        if (!_grids.TryGetValue((type, year, radiusMetres), out var grid))
        {
            return false;
        }

        var (bx, by) = Bucket(x, y, radiusMetres);
        var limit = (double)radiusMetres * radiusMetres;
        for (var i = bx - 1; i <= bx + 1; i++)
        {
            for (var j = by - 1; j <= by + 1; j++)
            {
                if (!grid.TryGetValue((i, j), out var points))
                {
                    continue;
                }

                for (var k = 0; k < points.Length; k += 2)
                {
                    var (dx, dy) = (points[k] - x, points[k + 1] - y);
                    if ((dx * dx) + (dy * dy) <= limit)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static (long, long) Bucket(double x, double y, int size) => ((long)Math.Floor(x / size), (long)Math.Floor(y / size));
}
