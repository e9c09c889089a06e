namespace MasterPlanEval.Core.Facts;

/// <summary>
/// Carries coverage flags from the cells table to the cell_units table, so a commute end reads its cell's flag
/// through the join that already locates it, with no join per flag. Facilities only ever open, so a cell once
/// covered stays covered: each flag becomes the first evaluated year it holds (<c>covered_…_since</c>, NULL:
/// never), and an end is covered in year y when that year is ≤ y.
/// </summary>
public static class CellEndCoverage
{
    public static string SinceColumn(string coverageColumn) => $"{coverageColumn}_since";

    public static FactTable Extend(FactTable cellUnits, FactTable cells, IReadOnlyList<string> coverageColumns)
    {
        if (coverageColumns.Count == 0)
        {
            return cellUnits;
        }

        var ids = cellUnits.Text("cell_id");
        var cellIds = cells.Text("cell_id");
        var years = cells.Number("year");
        var columns = new List<FactColumn>(cellUnits.Columns);
        foreach (var coverage in coverageColumns)
        {
            var flags = cells.Number(coverage);
            var since = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var row = 0; row < cellIds.Length; row++)
            {
                if (flags[row] == 1 && cellIds[row] is { } id && (!since.TryGetValue(id, out var first) || years[row] < first))
                {
                    since[id] = years[row];
                }
            }

            columns.Add(new NumberColumn(SinceColumn(coverage), ids.Select(id => id is not null && since.TryGetValue(id, out var y) ? y : double.NaN).ToArray()));
        }

        return new FactTable(cellUnits.Name, columns);
    }
}
