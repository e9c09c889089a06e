using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// What the commutes need, ready before the land stages: the plans to evaluate, the mobility file (null: none), the
/// cell_units table with the end-coverage since-columns, and the flags those name.
/// </summary>
public sealed record CellsReady(IReadOnlyList<IndicatorPlan> Plans, CommuteSource? Mobility, FactTable CellUnits, IReadOnlyList<string> EndCoverage);
