using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>The grid: its origin (south-west corner, metres), its cells and their values per year.</summary>
public sealed record PopulationGrid(Coordinate Origin, IReadOnlyList<GridCell> Cells, IReadOnlyList<GridValue> Values)
{
    public IEnumerable<GridCell> Inside => Cells.Where(c => c.SubdistrictCode is not null);
}
