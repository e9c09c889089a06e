namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// An input file opened by the reader of its format: its column names as the file spells them, how each is stored
/// when the file has a schema (<see cref="Stored"/>, null when values are typed row by row, as in GeoJSON), and
/// its rows, read lazily and once. <see cref="Read"/> is given the indexes of the columns anyone will read, so a
/// columnar file decodes no other. <see cref="Rows"/> is how many rows the file holds when it says so before it is
/// read (a Parquet footer, a geometry file read whole), null otherwise (a CSV file).
/// </summary>
public sealed record FileRecords(string Path, string Format, IReadOnlyList<string> Columns, Func<IReadOnlySet<int>, IEnumerable<RecordBatch>> Read)
{
    public IReadOnlyDictionary<string, StoredColumn>? Stored { get; init; }

    public int? Rows { get; init; }
}
