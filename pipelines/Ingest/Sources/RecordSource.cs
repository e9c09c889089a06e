namespace MasterPlanEval.Ingest.Sources;

/// <summary>The rows of one input file and the columns it has; reading is lazy and happens once.</summary>
public sealed record RecordSource(string Path, IReadOnlySet<string> Columns, IEnumerable<RawRecord> Records);
