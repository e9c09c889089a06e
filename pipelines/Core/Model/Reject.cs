namespace MasterPlanEval.Core.Model;

/// <summary>An input row or feature that was not used, and why. Row is 1-based for tables, feature index 0-based.</summary>
public sealed record Reject(string Dataset, string File, string Row, string Field, string Reason);
