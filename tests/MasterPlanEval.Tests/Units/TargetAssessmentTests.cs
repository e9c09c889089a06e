using MasterPlanEval.Indicators.Targets;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="TargetAssessment.Assess"/> against docs/indicators-v1.md: met/not_met per kind, and the straight
/// line expected(Y) = b + (t − b)·(Y − yb)/(ty − yb), worked out by hand in each test.
/// </summary>
public sealed class TargetAssessmentTests
{
    // Cap: 1 815 043 in 2020 down to 1 800 000 by 2035. expected(2023) = 1 815 043 − 15 043·3/15 = 1 812 034.4.
    private static readonly PlanTarget Cap = new("resident_population", "core", "cap", 1_800_000, null, 2035, 2020, 1_815_043);

    // Floor: 0.5 in 2020 up to 0.8 by 2035. expected(2025) = 0.5 + 0.3·5/15 = 0.6.
    private static readonly PlanTarget Floor = new("park_coverage_500m", "core", "floor", 0.8, null, 2035, 2020, 0.5);

    // Band [40, 50], midpoint 45, from 30 in 2020 to 2030. expected(2025) = 30 + 15·5/10 = 37.5; tolerance (50 − 40)/2 = 5.
    private static readonly PlanTarget Band = new("mean_commute_minutes", "core", "band", 40, 50, 2030, 2020, 30);

    [Theory]
    [InlineData(1_799_999, "met")]
    [InlineData(1_800_000, "met")] // cap is ≤: equal meets it
    [InlineData(1_800_001, "not_met")]
    public void Cap_is_met_at_or_below_the_target(double value, string status) =>
        Assert.Equal(status, TargetAssessment.Assess(value, Cap, 2023).TargetStatus);

    [Theory]
    [InlineData(0.81, "met")]
    [InlineData(0.8, "met")] // floor is ≥: equal meets it
    [InlineData(0.79, "not_met")]
    public void Floor_is_met_at_or_above_the_target(double value, string status) =>
        Assert.Equal(status, TargetAssessment.Assess(value, Floor, 2025).TargetStatus);

    [Theory]
    [InlineData(40, "met")]
    [InlineData(45, "met")]
    [InlineData(50, "met")]
    [InlineData(39.9, "not_met")]
    [InlineData(50.1, "not_met")]
    public void Band_is_met_inside_its_closed_interval(double value, string status) =>
        Assert.Equal(status, TargetAssessment.Assess(value, Band, 2025).TargetStatus);

    [Fact]
    public void Cap_expected_value_is_on_the_straight_line_from_baseline_to_target()
    {
        var assessment = TargetAssessment.Assess(1_812_000, Cap, 2023);

        Assert.Equal(1_812_034.4, assessment.Expected!.Value, 6);
        Assert.Same(Cap, assessment.Target);
    }

    [Fact]
    public void Expected_value_equals_the_baseline_in_the_baseline_year_and_the_target_in_the_target_year()
    {
        Assert.Equal(1_815_043, TargetAssessment.Assess(1, Cap, 2020).Expected!.Value, 6);
        Assert.Equal(1_800_000, TargetAssessment.Assess(1, Cap, 2035).Expected!.Value, 6);
    }

    [Fact]
    public void After_the_target_year_the_target_itself_is_expected_and_before_the_baseline_the_baseline()
    {
        // The line 2020→2035 would give 1 815 043 − 15 043·20/15 = 1 794 985.7 in 2040; the plan expects 1 800 000.
        Assert.Equal(1_800_000, TargetAssessment.Assess(1, Cap, 2040).Expected!.Value, 6);
        Assert.Equal(1_815_043, TargetAssessment.Assess(1, Cap, 2015).Expected!.Value, 6);
    }

    [Fact]
    public void Band_trajectory_heads_for_the_midpoint()
    {
        Assert.Equal(37.5, TargetAssessment.Assess(38, Band, 2025).Expected!.Value, 9);
        Assert.Equal(45, TargetAssessment.Assess(38, Band, 2030).Expected!.Value, 9);
    }

    [Theory]
    [InlineData(1_812_000, "on_track")] // below the expected 1 812 034.4
    [InlineData(1_812_034.4, "on_track")] // on the line
    [InlineData(1_813_000, "off_track")]
    public void Cap_is_on_track_at_or_below_the_expected_value(double value, string status)
    {
        var assessment = TargetAssessment.Assess(value, Cap, 2023);

        Assert.Equal(status, assessment.TrajectoryStatus);
        Assert.Equal("not_met", assessment.TargetStatus); // all three are still above 1 800 000
    }

    [Theory]
    [InlineData(0.65, "on_track", "not_met")]
    [InlineData(0.55, "off_track", "not_met")]
    [InlineData(0.85, "on_track", "met")]
    public void Floor_is_on_track_at_or_above_the_expected_value(double value, string trajectory, string target)
    {
        var assessment = TargetAssessment.Assess(value, Floor, 2025);

        Assert.Equal(trajectory, assessment.TrajectoryStatus);
        Assert.Equal(target, assessment.TargetStatus);
    }

    [Theory]
    [InlineData(42, "on_track", "met")] // |42 − 37.5| = 4.5 ≤ 5
    [InlineData(43, "off_track", "met")] // 5.5 > 5: inside the band, yet ahead of the line by more than half its width
    [InlineData(33, "on_track", "not_met")] // 4.5 ≤ 5
    [InlineData(32, "off_track", "not_met")] // 5.5 > 5
    public void Band_is_on_track_within_half_its_width_of_the_expected_value(double value, string trajectory, string target)
    {
        var assessment = TargetAssessment.Assess(value, Band, 2025);

        Assert.Equal(trajectory, assessment.TrajectoryStatus);
        Assert.Equal(target, assessment.TargetStatus);
    }

    [Fact]
    public void Without_baseline_the_trajectory_is_no_baseline_but_the_target_is_still_judged()
    {
        var target = Cap with { BaselineYear = null, BaselineValue = null };

        var assessment = TargetAssessment.Assess(1_700_000, target, 2023);

        Assert.Null(assessment.Expected);
        Assert.Equal("no_baseline", assessment.TrajectoryStatus);
        Assert.Equal("met", assessment.TargetStatus);
    }

    [Fact]
    public void Without_target_both_statuses_are_no_target()
    {
        var assessment = TargetAssessment.Assess(1_700_000, null, 2023);

        Assert.Null(assessment.Target);
        Assert.Null(assessment.Expected);
        Assert.Equal("no_target", assessment.TargetStatus);
        Assert.Equal("no_target", assessment.TrajectoryStatus);
    }

    [Fact]
    public void Missing_value_gives_no_value_for_both_statuses()
    {
        var assessment = TargetAssessment.Assess(null, Cap, 2023);

        Assert.Equal("no_value", assessment.TargetStatus);
        Assert.Equal("no_value", assessment.TrajectoryStatus);
    }
}
