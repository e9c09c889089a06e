using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>What an engine evaluates for one indicator: its formula tree and the levels it is defined at.</summary>
public sealed record IndicatorPlan(string IndicatorId, PlanExpr Formula, IReadOnlyList<UnitLevel> Levels)
{
    /// <summary>The aggregates of the formula, in the order they first appear.</summary>
    public IReadOnlyList<AggregateExpr> Aggregates => PlanWalker.Aggregates(Formula);
}
