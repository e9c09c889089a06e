using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Scorecards;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Quality;

/// <summary>
/// Values outside their indicator's declared checks are flagged out_of_range and not judged; NaN and infinities are
/// never written. development_intensity is a share of area (checks 0..1): overlapping parcels can push it to 1.85.
/// </summary>
public sealed class OutputChecksTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.Load(RepoPaths.Catalog);

    private static readonly PlanningUnit City = new("C", null, UnitLevel.City, new LocalizedName("小城", "Tiny City"), null);

    // A cap of 0.9 that 1.85 would fail and 0.5 meets: the judgement, not the target, is what the tests look at.
    private static readonly PlanTargets Cap = new("p", new LocalizedName("规划", "plan"), [new PlanTarget("development_intensity", "C", "cap", 0.9, null, 2035, 2020, 0.4)]);

    [Fact]
    public void A_value_outside_its_checks_is_flagged_and_not_judged()
    {
        var row = Assemble(1.85);

        Assert.Equal(1.85, row.Value);
        Assert.Equal("out_of_range(outside [0, 1])", row.QualityFlags);
        Assert.Equal(("insufficient_data", "insufficient_data"), (row.TargetStatus, row.TrajectoryStatus));
        Assert.Null(row.ProgressToTarget);
    }

    [Fact]
    public void A_value_inside_its_checks_is_judged()
    {
        var row = Assemble(0.5);

        Assert.Equal(string.Empty, row.QualityFlags);
        Assert.Equal("met", row.TargetStatus);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_value_that_is_not_finite_is_written_as_no_value(double value)
    {
        var row = Assemble(value);

        Assert.Null(row.Value);
        Assert.Equal("not_finite", row.QualityFlags);
        Assert.Equal("no_value", row.TargetStatus);
    }

    private static ScorecardRow Assemble(double value) =>
        Assert.Single(ScorecardAssembler.Assemble(
            "run", "duckdb", Catalog, [City], Cap,
            [new IndicatorValue("development_intensity", UnitLevel.City, "C", 2024, value, false, 3, [value * 2, 2])]));
}
