using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Indicators.Catalog;

namespace MasterPlanEval.Indicators.Targets;

/// <summary>Reads <c>targets.yaml</c> and checks each target against the catalog and the planning units.</summary>
public static class TargetsLoader
{
    public static PlanTargets Load(string path, IndicatorCatalog catalog, IReadOnlySet<string> unitIds)
    {
        var document = YamlDocument.Load(path, ErrorCategory.Target);
        var yaml = document.Root;
        var plan = yaml.Map("plan");
        var targets = yaml.Maps("targets").Select(t => Read(t, catalog, unitIds)).ToList();
        var duplicate = targets.GroupBy(t => (t.IndicatorId, t.UnitId, t.TargetYear)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new EvaluationException(ErrorCategory.Target, $"two targets for indicator '{duplicate.Key.IndicatorId}', unit '{duplicate.Key.UnitId}', year {duplicate.Key.TargetYear}", new SourceLocation(path));
        }

        var targetPlan = new PlanTargets(plan.String("id"), plan.Localized("name"), targets);
        document.ThrowOnUnknownKeys();
        return targetPlan;
    }

    private static PlanTarget Read(YamlMap yaml, IndicatorCatalog catalog, IReadOnlySet<string> unitIds)
    {
        var indicatorId = yaml.String("indicator");
        var indicator = catalog.Indicators.FirstOrDefault(i => i.Id == indicatorId)
            ?? throw yaml.Error("indicator", $"unknown indicator '{indicatorId}'");
        var unitId = yaml.String("unit");
        if (!unitIds.Contains(unitId))
        {
            throw yaml.Error("unit", $"unknown unit '{unitId}'");
        }

        var kind = yaml.String("kind");
        if (!CatalogLoader.TargetKinds.Contains(kind))
        {
            throw yaml.Error("kind", $"kind must be cap, floor or band, found '{kind}'");
        }

        var value = InRange(yaml, "value", yaml.Number("value"), indicator);
        double? valueMax = null;
        if (kind != "band" && yaml.Has("value_max"))
        {
            throw yaml.Error("value_max", $"value_max belongs to a band target; this one is a {kind}");
        }

        if (kind == "band")
        {
            valueMax = InRange(yaml, "value_max", yaml.OptionalNumber("value_max") ?? throw yaml.Error("value_max", "a band target needs value_max"), indicator);
            if (valueMax < value)
            {
                throw yaml.Error("value_max", $"value_max {valueMax} is below value {value}");
            }
        }

        var baseline = yaml.OptionalMap("baseline");
        var targetYear = yaml.Integer("target_year");
        var baselineYear = baseline?.Integer("year");
        if (baselineYear >= targetYear)
        {
            throw yaml.Error("baseline", $"baseline year {baselineYear} must come before target year {targetYear}");
        }

        var baselineValue = baseline is null ? (double?)null : InRange(yaml, "baseline.value", baseline.Number("value"), indicator);
        return new PlanTarget(indicatorId, unitId, kind, value, valueMax, targetYear, baselineYear, baselineValue);
    }

    private static double InRange(YamlMap yaml, string key, double value, IndicatorDefinition indicator) =>
        indicator.Checks.Allows(value)
            ? value
            : throw yaml.Error(key, $"{key} {value} is outside the range {indicator.Checks} of indicator '{indicator.Id}'");
}
