using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Engines;

/// <summary>
/// One computed value. <see cref="Value"/> is null when a denominator was 0, or when a cross-year ratio is
/// <see cref="NotMeaningful"/>; <see cref="Components"/> holds the value of each part of the formula (its sums,
/// or the indicator values it reads; NaN: missing), in the order of <c>IndicatorPlan.Parts</c>.
/// <see cref="BaselineYear"/> is the start of the period a cross-year value measures (null for every other value).
/// </summary>
public sealed record IndicatorValue(
    string IndicatorId,
    UnitLevel Level,
    string UnitId,
    int Year,
    double? Value,
    bool ZeroDenominator,
    long InputRows,
    IReadOnlyList<double> Components,
    NotMeaningfulReason? NotMeaningful = null,
    int? BaselineYear = null);
