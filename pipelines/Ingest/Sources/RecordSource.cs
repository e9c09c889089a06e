namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// The rows of one input file and the columns it has; reading is lazy and happens once. <see cref="Unusable"/>
/// names the columns whose stored type inputs cannot use (a Parquet timestamp, say) with that type, so that a
/// required column of such a type is reported as missing with what was found.
/// </summary>
public sealed record RecordSource(string Path, IReadOnlySet<string> Columns, IEnumerable<RawRecord> Records)
{
    public IReadOnlyDictionary<string, string> Unusable { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
