using Parquet;

namespace MasterPlanEval.Tests.Support;

/// <summary>Reads one unit's row of a written <c>composite_&lt;year&gt;.parquet</c> with Parquet.Net directly.</summary>
public static class CompositeFile
{
    public static async Task<(double? Value, int Present, int Total, double Weight)> UnitRow(string path, string unitId)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        var units = new string?[group.RowCount];
        await group.ReadAsync(fields["unit_id"], units.AsMemory(), null, CancellationToken.None);
        var values = new double?[group.RowCount];
        await group.ReadAsync(fields["value"], values.AsMemory(), null, CancellationToken.None);
        var present = new int[group.RowCount];
        await group.ReadAsync(fields["components_present"], present.AsMemory(), null, CancellationToken.None);
        var total = new int[group.RowCount];
        await group.ReadAsync(fields["components_total"], total.AsMemory(), null, CancellationToken.None);
        var weight = new double[group.RowCount];
        await group.ReadAsync(fields["weight_present"], weight.AsMemory(), null, CancellationToken.None);
        var row = Array.IndexOf(units, unitId);
        return (values[row], present[row], total[row], weight[row]);
    }
}
