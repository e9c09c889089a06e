using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Mobility;

/// <summary>
/// What the engine's check of the mobility file found: the reconciled counts, every rejected row, and the accepted
/// rows of each year in the file (a year without rows has no commuting values; rows of a year not evaluated are unused).
/// </summary>
public sealed record CommuteCheckResult(DatasetCount Count, IReadOnlyList<Reject> Rejects, IReadOnlyDictionary<int, long> AcceptedByYear);
