using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Indicators.Targets;

/// <summary>The targets of one plan, looked up by indicator and unit.</summary>
public sealed record PlanTargets(string PlanId, LocalizedName PlanName, IReadOnlyList<PlanTarget> Targets)
{
    public static PlanTargets None { get; } = new("none", new LocalizedName("无", "none"), []);

    /// <summary>The target in force for a year: the nearest target year at or after it, else the latest.</summary>
    public PlanTarget? For(string indicatorId, string unitId, int year)
    {
        var candidates = Targets.Where(t => t.IndicatorId == indicatorId && t.UnitId == unitId).OrderBy(t => t.TargetYear).ToList();
        return candidates.FirstOrDefault(t => t.TargetYear >= year) ?? candidates.LastOrDefault();
    }
}
