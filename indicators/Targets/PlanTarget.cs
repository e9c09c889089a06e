namespace MasterPlanEval.Indicators.Targets;

/// <summary>
/// A plan target for one indicator and unit: cap (value ≤ <see cref="Value"/>), floor (≥) or band
/// (<see cref="Value"/> ≤ value ≤ <see cref="ValueMax"/>), to reach by <see cref="TargetYear"/>.
/// </summary>
public sealed record PlanTarget(
    string IndicatorId,
    string UnitId,
    string Kind,
    double Value,
    double? ValueMax,
    int TargetYear,
    int? BaselineYear,
    double? BaselineValue)
{
    /// <summary>The single number a trajectory heads for: the value, or the middle of a band.</summary>
    public double Aim => Kind == "band" ? (Value + ValueMax!.Value) / 2 : Value;
}
