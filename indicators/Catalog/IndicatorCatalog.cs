using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Indicators.Catalog;

/// <summary>
/// The loaded, checked indicator catalog with each formula compiled to a plan. <see cref="Dimensions"/> are
/// the TD/T 1063 dimensions catalog.yaml declares; every indicator belongs to one of them.
/// </summary>
public sealed record IndicatorCatalog(
    string Version,
    LocalizedName Name,
    IReadOnlyList<LocalizedName> Dimensions,
    string ContentHash,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyDictionary<string, IndicatorPlan> Plans)
{
    public IndicatorDefinition Get(string id) =>
        Indicators.FirstOrDefault(i => i.Id == id)
        ?? throw new EvaluationException(ErrorCategory.Catalog, $"unknown indicator '{id}' (catalog list shows the {Indicators.Count} known ids)");
}
