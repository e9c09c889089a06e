using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Catalog;

/// <summary>The shipped plan targets load against the catalog and pick the right staged target per year.</summary>
public sealed class ShippedTargetsTests
{
    [Fact]
    public void Beijing_master_plan_targets_load_and_stage_the_construction_land_cap()
    {
        var catalog = CatalogLoader.Load(RepoPaths.Catalog);
        var path = Path.Combine(RepoPaths.Root, "indicators", "targets", "beijing", "master-plan-2016-2035.yaml");
        var targets = TargetsLoader.Load(path, catalog, new HashSet<string> { "beijing", "central_area" });

        Assert.Equal("beijing-master-plan-2016-2035", targets.PlanId);
        Assert.Equal(23_000_000, targets.For("resident_population", "beijing", 2024)!.Value);
        Assert.Equal(10_850_000, targets.For("resident_population", "central_area", 2024)!.Value);
        Assert.Equal(2500, targets.For("rail_transit_length_km", "beijing", 2024)!.Value);
        Assert.Equal(0.75, targets.For("eco_control_area_share", "beijing", 2024)!.Value);
        // 2020 → the 2020 cap, 2023 → the 2025 stage, 2030 → the 2035 stage.
        Assert.Equal(2860, targets.For("urban_rural_construction_land_area", "beijing", 2020)!.Value);
        Assert.Equal(2790, targets.For("urban_rural_construction_land_area", "beijing", 2023)!.Value);
        Assert.Equal(2760, targets.For("urban_rural_construction_land_area", "beijing", 2030)!.Value);
        // 2023 on the line 2860 (2020) → 2790 (2025): 2860 − 70·3/5 = 2818.
        var assessment = TargetAssessment.Assess(2815, targets.For("urban_rural_construction_land_area", "beijing", 2023), 2023);
        Assert.Equal(2818, assessment.Expected!.Value, 9);
        Assert.Equal("not_met", assessment.TargetStatus);
        Assert.Equal("on_track", assessment.TrajectoryStatus);
    }
}
