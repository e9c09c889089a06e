namespace MasterPlanEval.Core.Facts;

/// <summary>A plain table handed from the spatial stage to an engine: columnar, every column the same length.</summary>
public sealed record FactTable
{
    public FactTable(string name, IReadOnlyList<FactColumn> columns)
    {
        var lengths = columns.Select(c => c.Length).Distinct().ToList();
        if (lengths.Count > 1)
        {
            throw new ArgumentException($"fact table '{name}' has columns of different lengths", nameof(columns));
        }

        Name = name;
        Columns = columns;
        RowCount = lengths.Count == 0 ? 0 : lengths[0];
    }

    public string Name { get; }

    public IReadOnlyList<FactColumn> Columns { get; }

    public int RowCount { get; }

    public double[] Number(string column) => Columns.OfType<NumberColumn>().Single(c => c.Name == column).Values;

    public string?[] Text(string column) => Columns.OfType<TextColumn>().Single(c => c.Name == column).Values;

    public long?[] Integer(string column) => Columns.OfType<IntegerColumn>().Single(c => c.Name == column).Values;
}
