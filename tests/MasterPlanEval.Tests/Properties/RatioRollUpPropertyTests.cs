using CsCheck;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// Property 3: ratios roll up as Σ numerators / Σ denominators over the sub-districts of a unit, never as a
/// mean of the sub-district ratios. The expectation is computed here in C# straight from the generated rows, each
/// value rounded as the engine's exact sums round it (<see cref="SumGrid"/>).
/// </summary>
public sealed class RatioRollUpPropertyTests
{
    private static readonly string ParkColumn = FactSchemas.CoverageColumnName("park", 500);

    [Fact]
    public void Jobs_housing_ratio_and_park_coverage_are_pooled_ratios_at_every_level()
    {
        var meanWouldDiffer = 0;
        ScenarioGen.Scenario(ScenarioFacts.CoverageColumns).Sample(
            scenario =>
            {
                var values = ScenarioFacts.Evaluate(scenario, ["jobs_housing_ratio", "park_coverage_500m"])
                    .ToDictionary(v => (v.IndicatorId, v.Level, v.UnitId, v.Year));
                var units = scenario.Subdistricts.Select(s => (Level: UnitLevel.Subdistrict, Unit: s))
                    .Concat(scenario.Districts.Select(d => (Level: UnitLevel.District, Unit: d)))
                    .Append((Level: UnitLevel.City, Unit: FactScenario.CityId));
                foreach (var (level, unit) in units)
                {
                    var subs = scenario.SubdistrictsOf(level.ToText(), unit);
                    foreach (var year in FactScenario.Years)
                    {
                        Check(values[("jobs_housing_ratio", level, unit, year)], JobsHousing(scenario, subs, year));
                        Check(values[("park_coverage_500m", level, unit, year)], ParkCoverage(scenario, subs, year));
                        if (level == UnitLevel.District && MeanOfRatiosDiffers(scenario, subs, year))
                        {
                            Interlocked.Increment(ref meanWouldDiffer);
                        }
                    }
                }
            },
            iter: 50,
            print: s => s.Describe());

        // The property only has teeth if the generator makes cases where the two roll-ups disagree.
        Assert.True(meanWouldDiffer > 0, "no generated case tells a pooled ratio from a mean of ratios");
    }

    /// <summary>(Σ persons of commutes working in the unit, Σ persons of commutes living in it).</summary>
    private static (double Numerator, double Denominator) JobsHousing(FactScenario s, IReadOnlySet<string> subs, int year)
    {
        double jobs = 0, employed = 0;
        foreach (var c in s.Commutes.Where(c => c.Year == year))
        {
            if (c.WorkSubdistrictId is { } work && subs.Contains(work))
            {
                jobs += SumGrid.Commute(c.Persons);
            }

            if (c.HomeSubdistrictId is { } home && subs.Contains(home))
            {
                employed += SumGrid.Commute(c.Persons);
            }
        }

        return (jobs, employed);
    }

    /// <summary>(Σ residents of covered cells in the unit, Σ residents of all its cells).</summary>
    private static (double Numerator, double Denominator) ParkCoverage(FactScenario s, IReadOnlySet<string> subs, int year)
    {
        double covered = 0, all = 0;
        foreach (var c in s.Cells.Where(c => c.Year == year && subs.Contains(c.SubdistrictId)))
        {
            all += SumGrid.Row(c.Residents);
            covered += c.Coverage[ParkColumn] == 1 ? SumGrid.Row(c.Residents) : 0;
        }

        return (covered, all);
    }

    private static bool MeanOfRatiosDiffers(FactScenario s, IReadOnlySet<string> subs, int year)
    {
        static double? Ratio((double N, double D) r) => r.D == 0 ? null : r.N / r.D;
        var pooled = Ratio(ParkCoverage(s, subs, year));
        var parts = subs.Select(sub => Ratio(ParkCoverage(s, new HashSet<string>([sub], StringComparer.Ordinal), year))).OfType<double>().ToList();
        return pooled is { } p && parts.Count > 0 && !RelativeTolerance.Close(p, parts.Average());
    }

    private static void Check(IndicatorValue actual, (double Numerator, double Denominator) expected)
    {
        var where = $"{actual.IndicatorId} {actual.Level.ToText()} {actual.UnitId} {actual.Year}";
        if (expected.Denominator == 0)
        {
            Assert.True(actual.Value is null && actual.ZeroDenominator, $"{where}: denominator 0 must give null with zero_denominator, engine gave {actual.Value:R}");
            return;
        }

        var ratio = expected.Numerator / expected.Denominator;
        Assert.False(actual.ZeroDenominator, $"{where}: zero_denominator set although Σ denominator = {expected.Denominator:R}");
        Assert.True(
            actual.Value is { } v && RelativeTolerance.Close(ratio, v),
            $"{where}: expected {expected.Numerator:R} / {expected.Denominator:R} = {ratio:R}, engine gave {actual.Value:R}");
    }
}
