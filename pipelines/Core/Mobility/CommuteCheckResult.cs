using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Mobility;

/// <summary>What the engine's check of the mobility file found: the reconciled counts and every rejected row.</summary>
public sealed record CommuteCheckResult(DatasetCount Count, IReadOnlyList<Reject> Rejects);
