using CsCheck;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// Property 2: an indicator that is one plain sum (no division) is additive: a district's value is the sum
/// of its sub-districts' values and the city's the sum of its districts'.
/// </summary>
public sealed class AdditivePropertyTests
{
    private static readonly IReadOnlyList<string> Sums = ScenarioFacts.Catalog.Indicators
        .Where(i => ScenarioFacts.Catalog.Plans[i.Id].Formula is AggregateExpr)
        .Select(i => i.Id)
        .Order(StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void The_plain_sums_of_the_catalog_are_the_area_and_population_totals()
    {
        Assert.Equal(
            ["construction_land_density_over_15000", "construction_land_in_eco_redline", "construction_land_outside_udb", "rail_transit_length_km", "resident_population", "urban_rural_construction_land_area"],
            Sums);
    }

    [Fact]
    public void District_and_city_values_are_sums_of_their_parts()
    {
        ScenarioGen.Scenario(ScenarioFacts.CoverageColumns).Sample(
            scenario =>
            {
                var values = ScenarioFacts.Evaluate(scenario, Sums).ToDictionary(v => (v.IndicatorId, v.Level, v.UnitId, v.Year));
                foreach (var id in Sums)
                {
                    foreach (var year in FactScenario.Years)
                    {
                        double Of(UnitLevel level, string unit) =>
                            values[(id, level, unit, year)].Value ?? throw new Xunit.Sdk.XunitException($"{id} {level.ToText()} {unit} {year} is null: a sum is never null");

                        foreach (var district in scenario.Districts)
                        {
                            var parts = scenario.SubdistrictsOf("district", district).Sum(s => Of(UnitLevel.Subdistrict, s));
                            AssertClose(parts, Of(UnitLevel.District, district), $"{id} {year} district {district} vs its sub-districts");
                        }

                        var districts = scenario.Districts.Sum(d => Of(UnitLevel.District, d));
                        AssertClose(districts, Of(UnitLevel.City, FactScenario.CityId), $"{id} {year} city vs its districts");
                    }
                }
            },
            iter: 40,
            print: s => s.Describe());
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(RelativeTolerance.Close(expected, actual), $"{what}: expected {expected:R}, engine gave {actual:R}");
}
