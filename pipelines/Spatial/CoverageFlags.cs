using System.Runtime.CompilerServices;
using MasterPlanEval.Core.Model;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Coverage flag columns of grid cells: for each requirement, 1 where a facility of its type, open in the cell's
/// year (no year_open: always), lies within its radius of the centroid (straight line, inclusive), else 0. Each
/// column is one <see cref="CoverageGrid"/> per year over the cells' envelope and one pass over the cells; the
/// columns are independent, so they are computed side by side, one per core at a time, each holding only its own grids.
/// </summary>
public static class CoverageFlags
{
    public static double[][] Columns(IReadOnlyList<GridCell> cells, IReadOnlyList<Facility> facilities, IReadOnlyList<CoverageRequirement> requirements)
    {
        // Coordinates copied out of the cell records once, so each column's pass reads them in order from flat arrays.
        var (xs, ys, years) = (new double[cells.Count], new double[cells.Count], new int[cells.Count]);
        var area = new Envelope();
        for (var i = 0; i < cells.Count; i++)
        {
            (xs[i], ys[i], years[i]) = (cells[i].X, cells[i].Y, cells[i].Year);
            area.ExpandToInclude(xs[i], ys[i]);
        }

        var byType = facilities.ToLookup(f => f.Type, StringComparer.Ordinal);
        var columns = new double[requirements.Count][];
        Parallel.For(0, requirements.Count, k =>
        {
            var (type, radius) = (requirements[k].FacilityType, requirements[k].RadiusMetres);
            var grids = years.Distinct().ToDictionary(
                year => year,
                year => new CoverageGrid(byType[type].Where(f => f.YearOpen is null || f.YearOpen <= year).Select(f => (f.X, f.Y)), radius, area));
            columns[k] = Column(grids, xs, ys, years);
        });
        return columns;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Column(Dictionary<int, CoverageGrid> grids, double[] xs, double[] ys, int[] years)
    {
        var column = new double[xs.Length];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = grids[years[i]].Covers(xs[i], ys[i]) ? 1 : 0;
        }

        return column;
    }
}
