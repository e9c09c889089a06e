using MasterPlanEval.Core.Config;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// How a file with a schema stores one of its columns: as one of the kinds inputs take (<see cref="Kind"/>), or
/// as something else (<see cref="ColumnTypes.None"/>: a boolean, a timestamp, binary data), with the words an error
/// uses for it ("binary data", "Parquet Boolean values").
/// </summary>
public sealed record StoredColumn(ColumnTypes Kind, string Description);
