namespace MasterPlanEval.SampleBuilder.Plan;

/// <summary>One illustrative plan target as targets.yaml states it, with a comment saying where it comes from.</summary>
public sealed record PlanTarget(
    string Indicator, string Unit, string Kind, double Value, double? ValueMax, int TargetYear, double? BaselineValue, string Comment);
