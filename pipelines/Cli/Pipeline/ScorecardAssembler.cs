using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>Joins computed values with catalog names, unit names and targets into sorted scorecard rows.</summary>
public static class ScorecardAssembler
{
    public static IReadOnlyList<ScorecardRow> Assemble(
        string runId, string engine, IndicatorCatalog catalog, IReadOnlyList<PlanningUnit> units, PlanTargets targets, IEnumerable<IndicatorValue> values)
    {
        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var indicators = catalog.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return values
            .Select(v => Row(runId, engine, catalog.Version, indicators[v.IndicatorId], unitsById[v.UnitId], targets, v))
            .OrderBy(r => r.Year)
            .ThenBy(r => UnitLevels.Parse(r.Level))
            .ThenBy(r => r.UnitId, StringComparer.Ordinal)
            .ThenBy(r => r.IndicatorId, StringComparer.Ordinal)
            .ToList();
    }

    private static ScorecardRow Row(
        string runId, string engine, string catalogVersion, IndicatorDefinition indicator, PlanningUnit unit, PlanTargets targets, IndicatorValue value)
    {
        var target = targets.For(indicator.Id, unit.Id, value.Year);
        var assessment = TargetAssessment.Assess(value.Value, target, value.Year);
        return new ScorecardRow(
            runId,
            value.Year,
            value.Level.ToText(),
            unit.Id,
            unit.Name.Zh,
            unit.Name.En,
            unit.ParentId,
            indicator.Id,
            indicator.Name.Zh,
            indicator.Name.En,
            indicator.Dimension.Zh,
            indicator.Dimension.En,
            value.Value,
            indicator.UnitOfMeasure,
            target?.TargetYear,
            target?.Kind,
            target?.Value,
            target?.ValueMax,
            target?.BaselineYear,
            target?.BaselineValue,
            assessment.Expected,
            assessment.TargetStatus,
            assessment.TrajectoryStatus,
            QualityFlags(value),
            catalogVersion,
            engine);
    }

    private static string QualityFlags(IndicatorValue value)
    {
        var flags = new List<string>();
        if (value.ZeroDenominator)
        {
            flags.Add("zero_denominator");
        }

        if (value.InputRows == 0)
        {
            flags.Add("no_input_rows");
        }

        return string.Join(';', flags);
    }
}
