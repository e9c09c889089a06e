using MasterPlanEval.Generator.Output;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Generator.Population;

/// <summary>Writes <c>population_grid.parquet</c>: one row group per year, cells in id order.</summary>
internal static class PopulationGridFile
{
    public static async Task WriteAsync(Stream stream, PopulationGrid grid, CancellationToken cancellationToken)
    {
        var id = new DataField<long>("cell_id", false);
        var year = new DataField<int>("year", false);
        var x = new DataField<double>("x", false);
        var y = new DataField<double>("y", false);
        var residents = new DataField<double>("residents", false);
        var workers = new DataField<double>("workers", false);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, year, x, y, residents, workers), stream, ParquetTables.Options, false, cancellationToken);
        var n = grid.CellIds.Length;
        var xs = Enumerable.Range(0, n).Select(grid.X).ToArray();
        var ys = Enumerable.Range(0, n).Select(grid.Y).ToArray();
        for (var k = 0; k < grid.Years.Count; k++)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(id, new ReadOnlyMemory<long>(grid.CellIds), cancellationToken: cancellationToken);
            await group.WriteAsync(year, new ReadOnlyMemory<int>(Enumerable.Repeat(grid.Years[k], n).ToArray()), cancellationToken: cancellationToken);
            await group.WriteAsync(x, new ReadOnlyMemory<double>(xs), cancellationToken: cancellationToken);
            await group.WriteAsync(y, new ReadOnlyMemory<double>(ys), cancellationToken: cancellationToken);
            await group.WriteAsync(residents, new ReadOnlyMemory<double>(grid.Residents[k]), cancellationToken: cancellationToken);
            await group.WriteAsync(workers, new ReadOnlyMemory<double>(grid.Workers[k]), cancellationToken: cancellationToken);
        }
    }
}
