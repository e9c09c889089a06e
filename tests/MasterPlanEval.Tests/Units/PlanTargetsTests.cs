using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.Targets;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="PlanTargets.For"/>: the target in force for year Y is the one with the smallest target year ≥ Y,
/// else the latest (docs/indicators-v1.md).
/// </summary>
public sealed class PlanTargetsTests
{
    private static readonly PlanTarget Target2035 = Target("core", 2035, 1_800_000);
    private static readonly PlanTarget Target2025 = Target("core", 2025, 1_850_000);
    private static readonly PlanTarget OtherUnit2030 = Target("east", 2030, 900_000);

    // Listed out of year order on purpose: the lookup must not depend on the order in targets.yaml.
    private static readonly PlanTargets Plan = new(
        "sample-plan",
        new LocalizedName("样例总体规划", "Sample master plan"),
        [Target2035, OtherUnit2030, Target2025]);

    [Theory]
    [InlineData(2020, 2025)] // before both: the nearest later one
    [InlineData(2025, 2025)] // the target year itself is "at or after"
    [InlineData(2026, 2035)]
    [InlineData(2035, 2035)]
    [InlineData(2040, 2035)] // after all: the latest
    public void Picks_the_nearest_target_year_at_or_after_the_year_else_the_latest(int year, int expectedTargetYear)
    {
        var target = Plan.For("resident_population", "core", year);

        Assert.NotNull(target);
        Assert.Equal(expectedTargetYear, target.TargetYear);
        Assert.Equal("core", target.UnitId);
    }

    [Fact]
    public void Targets_of_other_units_and_indicators_are_not_used()
    {
        Assert.Equal(2030, Plan.For("resident_population", "east", 2020)!.TargetYear);
        Assert.Null(Plan.For("resident_population", "west", 2020));
        Assert.Null(Plan.For("population_density", "core", 2020));
        Assert.Null(PlanTargets.None.For("resident_population", "core", 2020));
    }

    private static PlanTarget Target(string unit, int year, double value) =>
        new("resident_population", unit, "cap", value, null, year, 2020, 1_815_043);
}
