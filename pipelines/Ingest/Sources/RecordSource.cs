using MasterPlanEval.Core.Config;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// The rows of one input file by contract column, after its mapping (<see cref="ColumnLayout"/>): the contract
/// columns it has and its records, read lazily and once. <see cref="Stored"/> says how each of those columns is
/// stored (text for every CSV value; a Parquet file's schema), and is empty for a geometry file, whose values are
/// typed feature by feature. <see cref="Rows"/> is the file's row count when known before reading (see
/// <see cref="FileRecords.Rows"/>): readers size their tables by it, so half a million rows are not copied into ever
/// larger arrays (each of which, past 85 kB, costs the process a full collection sooner).
/// </summary>
public sealed record RecordSource(string Path, IReadOnlySet<string> Columns, IEnumerable<RawRecord> Records)
{
    public IReadOnlyDictionary<string, ColumnTypes> Stored { get; init; } = new Dictionary<string, ColumnTypes>(StringComparer.Ordinal);

    public int? Rows { get; init; }
}
