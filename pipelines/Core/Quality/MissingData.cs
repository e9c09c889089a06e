using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Core.Quality;

/// <summary>
/// Turns sums over missing inputs into missing values, after the engine and the same for every engine. An input
/// with no rows in the year, or none for a sub-district it should cover, makes that value null and names the input
/// (<see cref="IndicatorValue.MissingInputs"/>), instead of a 0 that a target would judge; a unit above the
/// sub-districts that adds up some of them with a gap keeps its sum but carries the gap
/// (<see cref="IndicatorValue.Gaps"/>), so it is shown and never judged.
/// </summary>
public static class MissingData
{
    public static IReadOnlyList<IndicatorValue> Apply(
        IReadOnlyList<IndicatorValue> values, IEnumerable<IndicatorPlan> plans, InputCoverage coverage)
    {
        var inputs = plans.Where(p => !p.IsCrossYear).ToDictionary(p => p.IndicatorId, FactDatasets.Of, StringComparer.Ordinal);
        return values.Select(v => inputs.TryGetValue(v.IndicatorId, out var read) ? Apply(v, read, coverage) : v).ToList();
    }

    private static IndicatorValue Apply(IndicatorValue value, IReadOnlyList<string> inputs, InputCoverage coverage)
    {
        var total = coverage.SubdistrictCount(value.UnitId);
        var gaps = inputs
            .Select(i => new InputGap(i, coverage.MissingIn(i, value.Year, value.UnitId), total))
            .Where(g => g.Missing > 0)
            .ToList();

        // A unit whose every sub-district lacks an input has nothing of it to add up: that is no value, not a part of one.
        var missing = inputs
            .Where(i => !coverage.Has(i, value.Year) || gaps.Any(g => g.Input == i && g.Missing == g.Total))
            .ToList();
        if (missing.Count > 0)
        {
            return value with
            {
                Value = null,
                ZeroDenominator = false,
                Components = value.Components.Select(_ => double.NaN).ToList(),
                MissingInputs = missing,
            };
        }

        return gaps.Count == 0 ? value : value with { Gaps = gaps };
    }
}
