using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>One indicator of the catalog, as its YAML file defines it, with the formula compiled.</summary>
public sealed record IndicatorDefinition(
    string Id,
    LocalizedName Name,
    LocalizedName Dimension,
    string UnitOfMeasure,
    IReadOnlyList<UnitLevel> Levels,
    string Direction,
    string TargetKind,
    string Formula,
    IReadOnlyDictionary<string, string> Parameters,
    string Source,
    ValueChecks Checks,
    IReadOnlyList<IndicatorExample> Examples,
    string? Description,
    string FilePath)
{
    public IndicatorPlan Plan(PlanExpr formula) => new(Id, formula, Levels);
}
