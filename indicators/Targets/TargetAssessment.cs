namespace MasterPlanEval.Indicators.Targets;

/// <summary>
/// A value judged against its target: <see cref="TargetStatus"/> is met, not_met or no_target;
/// <see cref="TrajectoryStatus"/> is on_track, off_track, no_target or no_baseline, against the straight line
/// from the baseline to the target (<see cref="Expected"/> is that line's value in the year).
/// A missing value gives no_value for both; a value that stands on incomplete or implausible data (not
/// <c>judged</c>) gives insufficient_data for both: judging it would judge the gap in the data, not the plan.
/// </summary>
public sealed record TargetAssessment(PlanTarget? Target, double? Expected, string TargetStatus, string TrajectoryStatus)
{
    /// <summary>Share of the gap from baseline to target closed by <paramref name="value"/>; null without baseline or gap.</summary>
    public static double? Progress(double? value, PlanTarget? target)
    {
        if (value is not { } v || target?.BaselineValue is not { } baseline || target.Aim == baseline)
        {
            return null;
        }

        return (v - baseline) / (target.Aim - baseline);
    }

    public const string InsufficientData = "insufficient_data";

    public static TargetAssessment Assess(double? value, PlanTarget? target, int year, bool judged = true)
    {
        if (target is null)
        {
            return new TargetAssessment(null, null, "no_target", "no_target");
        }

        var expected = Expect(target, year);
        if (value is not { } v)
        {
            return new TargetAssessment(target, expected, "no_value", "no_value");
        }

        if (!judged)
        {
            return new TargetAssessment(target, expected, InsufficientData, InsufficientData);
        }

        var met = target.Kind switch
        {
            "cap" => v <= target.Value,
            "floor" => v >= target.Value,
            _ => v >= target.Value && v <= target.ValueMax,
        };
        var trajectory = expected switch
        {
            null => "no_baseline",
            { } e => OnTrack(target, v, e) ? "on_track" : "off_track",
        };
        return new TargetAssessment(target, expected, met ? "met" : "not_met", trajectory);
    }

    private static double? Expect(PlanTarget target, int year)
    {
        if (target.BaselineYear is not { } baseYear || target.BaselineValue is not { } baseValue)
        {
            return null;
        }

        // After the target year the plan expects the target itself, not a line running on past it.
        var progress = Math.Clamp((double)(year - baseYear) / (target.TargetYear - baseYear), 0, 1);
        return baseValue + (target.Aim - baseValue) * progress;
    }

    private static bool OnTrack(PlanTarget target, double value, double expected) => target.Kind switch
    {
        "cap" => value <= expected,
        "floor" => value >= expected,
        _ => Math.Abs(value - expected) <= (target.ValueMax!.Value - target.Value) / 2,
    };
}
