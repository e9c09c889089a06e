namespace MasterPlanEval.Core.Model;

/// <summary>
/// An input row or feature that was not used, and why. Row names where it sits: "line N" of a CSV file (physical
/// line, header = line 1), "row N" of a Parquet file (1-based) or "feature N" of a geometry file (0-based).
/// </summary>
public sealed record Reject(string Dataset, string File, string Row, string Field, string Reason);
