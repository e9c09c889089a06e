using System.Globalization;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>Joins computed values with catalog names, unit names and targets into sorted scorecard rows.</summary>
public static class ScorecardAssembler
{
    public static IReadOnlyList<ScorecardRow> Assemble(
        string evaluationId, string engine, IndicatorCatalog catalog, IReadOnlyList<PlanningUnit> units, PlanTargets targets, IEnumerable<IndicatorValue> values)
    {
        var unitsById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var indicators = catalog.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        // Each formula part printed once per indicator, not once per row: thousands of rows share a few formulas.
        var parts = catalog.Plans.ToDictionary(p => p.Key, p => p.Value.Parts.Select(FormulaPrinter.Print).ToList(), StringComparer.Ordinal);
        var all = values.ToList();
        var previous = Previous(all);
        return all
            .Select(v => Row(evaluationId, engine, catalog, parts[v.IndicatorId], indicators[v.IndicatorId], unitsById[v.UnitId], targets, v, previous.GetValueOrDefault(v)))
            .OrderBy(r => r.Year)
            .ThenBy(r => UnitLevels.Parse(r.Level))
            .ThenBy(r => r.UnitId, StringComparer.Ordinal)
            .ThenBy(r => r.IndicatorId, StringComparer.Ordinal)
            .ToList();
    }

    // The latest earlier year of the run with a value, per unit and indicator.
    private static Dictionary<IndicatorValue, IndicatorValue> Previous(IReadOnlyList<IndicatorValue> values)
    {
        var previous = new Dictionary<IndicatorValue, IndicatorValue>(ReferenceEqualityComparer.Instance);
        foreach (var series in values.GroupBy(v => (v.IndicatorId, v.UnitId)))
        {
            IndicatorValue? last = null;
            foreach (var value in series.OrderBy(v => v.Year))
            {
                if (last is not null)
                {
                    previous[value] = last;
                }

                last = value.Value is null ? last : value;
            }
        }

        return previous;
    }

    private static ScorecardRow Row(
        string evaluationId,
        string engine,
        IndicatorCatalog catalog,
        IReadOnlyList<string> parts,
        IndicatorDefinition indicator,
        PlanningUnit unit,
        PlanTargets targets,
        IndicatorValue value,
        IndicatorValue? previous)
    {
        var target = targets.For(indicator.Id, unit.Id, value.Year);
        value = Finite(value);
        var outOfRange = value.Value is { } v && !indicator.Checks.Allows(v);
        var judged = !outOfRange && !value.StandsOnIncompleteData;
        var assessment = TargetAssessment.Assess(value.Value, target, value.Year, judged);
        return new ScorecardRow(
            evaluationId,
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
            judged ? TargetAssessment.Progress(value.Value, target) : null,
            value.Value - target?.BaselineValue,
            previous?.Year,
            previous?.Value,
            value.Value - previous?.Value,
            assessment.TargetStatus,
            assessment.TrajectoryStatus,
            QualityFlags(value, outOfRange ? indicator.Checks : null),
            Components(parts, value),
            catalog.Version,
            engine);
    }

    // A cross-year value names the year its period starts: without it a rate cannot be read back to its inputs.
    private static string Components(IReadOnlyList<string> parts, IndicatorValue value)
    {
        var components = parts.Select((a, i) => $"{a}={value.Components[i].ToString("G10", CultureInfo.InvariantCulture)}");
        return string.Join("; ", value.BaselineYear is { } baseline ? components.Append($"baseline_year={baseline.ToString(CultureInfo.InvariantCulture)}") : components);
    }

    // NaN or ±∞ is never a value: an engine's arithmetic that overflowed says nothing about the city.
    private static IndicatorValue Finite(IndicatorValue value) =>
        value.Value is { } v && !double.IsFinite(v) ? value with { Value = null, NotFinite = true } : value;

    private static string QualityFlags(IndicatorValue value, ValueChecks? violated)
    {
        var flags = new List<string>();
        if (value.MissingInputs is { Count: > 0 } missing)
        {
            flags.Add($"no_input_rows({string.Join(", ", missing)})");
        }

        flags.AddRange((value.Gaps ?? []).Select(g => g.Flag()));
        if (violated is not null)
        {
            flags.Add($"out_of_range(outside {violated})");
        }

        if (value.NotFinite)
        {
            flags.Add("not_finite");
        }

        if (value.ZeroDenominator)
        {
            flags.Add("zero_denominator");
        }

        if (value.NotMeaningful is { } reason)
        {
            flags.Add(reason.Flag());
        }

        if (value.InputRows == 0 && value.MissingInputs is null)
        {
            flags.Add("no_input_rows");
        }

        return string.Join(';', flags);
    }
}
