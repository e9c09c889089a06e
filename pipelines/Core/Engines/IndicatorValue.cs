using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Engines;

/// <summary>
/// One computed value. <see cref="Value"/> is null when a denominator was 0; <see cref="Components"/> holds
/// the value of each sum of the formula, in the order of <c>IndicatorPlan.Aggregates</c>.
/// </summary>
public sealed record IndicatorValue(
    string IndicatorId, UnitLevel Level, string UnitId, int Year, double? Value, bool ZeroDenominator, long InputRows, IReadOnlyList<double> Components);
