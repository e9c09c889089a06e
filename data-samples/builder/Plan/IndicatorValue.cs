namespace MasterPlanEval.SampleBuilder.Plan;

/// <summary>An indicator value the builder computes itself, for a unit and year (null: zero denominator).</summary>
public sealed record IndicatorValue(string IndicatorId, string UnitId, int Year, double? Value);
