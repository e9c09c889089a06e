using MasterPlanEval.Generator.Output;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Generator.Facilities;

/// <summary>Writes <c>facilities.parquet</c> in one row group; <c>year_open</c> and <c>name</c> may be null.</summary>
internal static class FacilitiesFile
{
    public static async Task WriteAsync(Stream stream, IReadOnlyList<FacilityRow> rows, CancellationToken cancellationToken)
    {
        var id = new DataField<string>("facility_id", false);
        var type = new DataField<string>("type", false);
        var x = new DataField<double>("x", false);
        var y = new DataField<double>("y", false);
        var yearOpen = new DataField<int?>("year_open", true);
        var name = new DataField<string>("name", true);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, type, x, y, yearOpen, name), stream, ParquetTables.Options, false, cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(id, rows.Select(r => r.Id).ToArray());
        await group.WriteAsync(type, rows.Select(r => r.Type).ToArray());
        await group.WriteAsync(x, new ReadOnlyMemory<double>(rows.Select(r => r.X).ToArray()), cancellationToken: cancellationToken);
        await group.WriteAsync(y, new ReadOnlyMemory<double>(rows.Select(r => r.Y).ToArray()), cancellationToken: cancellationToken);
        await group.WriteAsync(yearOpen, new ReadOnlyMemory<int?>(rows.Select(r => r.YearOpen).ToArray()), cancellationToken: cancellationToken);
        await group.WriteAsync(name, rows.Select(r => r.Name).ToArray());
    }
}
