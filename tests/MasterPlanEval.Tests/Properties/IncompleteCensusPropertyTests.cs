using CsCheck;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Quality;
using MasterPlanEval.Indicators.Targets;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// Property: for random subsets of sub-districts removed from the census, no city-level status is ever met while the
/// city value is flagged incomplete. The city's cap is set above any generated population, so a judged city value
/// would always be met: the property has teeth exactly when a sub-district is missing.
/// </summary>
public sealed class IncompleteCensusPropertyTests
{
    private static readonly PlanTargets Cap = new(
        "p", new LocalizedName("规划", "plan"), [new PlanTarget("resident_population", FactScenario.CityId, "cap", double.MaxValue, null, 2035, null, null)]);

    [Fact]
    public void A_city_value_missing_sub_districts_is_never_met()
    {
        var incompleteSeen = 0;
        var gen = ScenarioGen.Scenario(ScenarioFacts.CoverageColumns)
            .SelectMany(s => Gen.Bool.Array[s.Subdistricts.Count].Select(removed => (Scenario: s, Removed: removed)));
        gen.Sample(
            c =>
            {
                var removed = c.Scenario.Subdistricts.Where((_, i) => c.Removed[i]).ToHashSet(StringComparer.Ordinal);
                var scenario = c.Scenario with { Census = c.Scenario.Census.Where(r => !removed.Contains(r.SubdistrictId)).ToList() };
                var values = MissingData.Apply(ScenarioFacts.Evaluate(scenario, ["resident_population"]), ScenarioFacts.Catalog.Plans.Values, Coverage(scenario));
                var rows = ScorecardAssembler.Assemble("run", "duckdb", ScenarioFacts.Catalog, Units(scenario), Cap, values);
                foreach (var city in rows.Where(r => r.Level == "city"))
                {
                    var present = scenario.Census.Where(r => r.Year == city.Year).Select(r => r.SubdistrictId).ToHashSet(StringComparer.Ordinal);
                    var missing = scenario.Subdistricts.Count(s => !present.Contains(s));
                    if (missing > 0 && present.Count > 0)
                    {
                        Interlocked.Increment(ref incompleteSeen);
                        Assert.Contains($"incomplete(census: {missing} of {scenario.Subdistricts.Count} sub-districts missing)", city.QualityFlags, StringComparison.Ordinal);
                    }

                    Assert.False(city.TargetStatus == "met" && missing > 0, $"city {city.Year} met with {missing} sub-districts missing");
                }
            },
            iter: 100);

        Assert.True(incompleteSeen > 0, "no generated case left a city partly without census");
    }

    // The census should hold every sub-district in each year it has rows for.
    private static InputCoverage Coverage(FactScenario s)
    {
        var years = s.Census.Select(r => r.Year).ToHashSet();
        var available = FactScenario.Years.Where(years.Contains).Select(y => ("census", y))
            .Concat(FactScenario.Years.Select(y => ("planning_units", y)))
            .ToHashSet();
        var missing = FactScenario.Years.ToDictionary(
            y => ("census", y),
            y => (IReadOnlySet<string>)s.Subdistricts.Where(u => !s.Census.Any(r => r.Year == y && r.SubdistrictId == u)).ToHashSet(StringComparer.Ordinal));
        var members = s.Subdistricts.ToDictionary(u => u, u => s.SubdistrictsOf("subdistrict", u), StringComparer.Ordinal);
        foreach (var district in s.Districts)
        {
            members[district] = s.SubdistrictsOf("district", district);
        }

        members[FactScenario.CityId] = s.SubdistrictsOf("city", FactScenario.CityId);
        return new InputCoverage(available, missing, members);
    }

    private static List<PlanningUnit> Units(FactScenario s) =>
    [
        new(FactScenario.CityId, null, UnitLevel.City, new LocalizedName("城", "city"), null),
        .. s.Districts.Select(d => new PlanningUnit(d, FactScenario.CityId, UnitLevel.District, new LocalizedName(d, d), null)),
        .. s.Subdistricts.Select((u, i) => new PlanningUnit(u, s.DistrictOfSubdistrict[i], UnitLevel.Subdistrict, new LocalizedName(u, u), null)),
    ];
}
