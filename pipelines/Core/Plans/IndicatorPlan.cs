using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>What an engine evaluates for one indicator: its formula tree and the levels it is defined at.</summary>
public sealed record IndicatorPlan(string IndicatorId, PlanExpr Formula, IReadOnlyList<UnitLevel> Levels)
{
    /// <summary>The aggregates of the formula, in the order they first appear.</summary>
    public IReadOnlyList<AggregateExpr> Aggregates => PlanWalker.Aggregates(Formula);

    /// <summary>The other indicators a cross-year formula reads, in the order they first appear.</summary>
    public IReadOnlyList<IndicatorRef> References => PlanWalker.References(Formula);

    /// <summary>Cross-year formulas combine other indicators' values and run after the engine, not in it.</summary>
    public bool IsCrossYear => References.Count > 0;

    /// <summary>What a value is made of, in <see cref="Engines.IndicatorValue.Components"/> order: the sums, or the references.</summary>
    public IReadOnlyList<PlanExpr> Parts => IsCrossYear ? References : Aggregates;
}
