using MasterPlanEval.Core.Engines;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// The period a cross-year formula measures for one unit: from <see cref="Baseline"/> to each later year of the
/// run. The baseline is the earliest run year in which every indicator the formula reads with <c>baseline(...)</c>
/// has a value for the unit (not null, from at least one input row), so a run that starts before the land survey
/// or the census still measures from the first year that has them. A formula that reads other cross-year values
/// takes their baseline; values measured from different baselines give <see cref="Mismatch"/>, because rates over
/// different periods cannot be compared (SDG 11.3.1 asks for one period for land and population).
/// <see cref="Baseline"/> is null when no run year has the baseline inputs, or when the formula depends on no period.
/// </summary>
public sealed record CrossYearPeriod(int? Baseline, bool Mismatch)
{
    public static CrossYearPeriod Resolve(
        IndicatorPlan plan, string unit, IReadOnlyList<int> years, IReadOnlyDictionary<(string Indicator, string Unit, int Year), IndicatorValue> known)
    {
        var baselines = new SortedSet<int>();
        var atBaseline = plan.References.Where(r => r.AtBaseline).Select(r => r.IndicatorId).Distinct().ToList();
        if (atBaseline.Count > 0)
        {
            var first = years.Order().Where(y => atBaseline.All(id => HasValue(known, id, unit, y))).Select(y => (int?)y).FirstOrDefault();
            if (first is null)
            {
                return new CrossYearPeriod(null, false);
            }

            baselines.Add(first.Value);
        }

        foreach (var reference in plan.References.Where(r => !r.AtBaseline))
        {
            foreach (var year in years)
            {
                if (known.TryGetValue((reference.IndicatorId, unit, year), out var input) && input.BaselineYear is { } inherited)
                {
                    baselines.Add(inherited);
                }
            }
        }

        return baselines.Count switch
        {
            0 => new CrossYearPeriod(ReadsYears(plan.Formula) ? years.Min() : null, false),
            1 => new CrossYearPeriod(baselines.Min, false),
            _ => new CrossYearPeriod(null, true),
        };
    }

    /// <summary>A sum without input rows is 0, not a measurement: it cannot stand at either end of a period.</summary>
    public static bool HasValue(IReadOnlyDictionary<(string Indicator, string Unit, int Year), IndicatorValue> known, string indicator, string unit, int year) =>
        known.TryGetValue((indicator, unit, year), out var value) && value.Value is not null && value.InputRows > 0;

    private static bool ReadsYears(PlanExpr formula)
    {
        var found = false;
        PlanWalker.Visit(formula, node => found |= node is YearsSinceBaseline);
        return found;
    }
}
