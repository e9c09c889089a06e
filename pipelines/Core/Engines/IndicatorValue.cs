using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Quality;

namespace MasterPlanEval.Core.Engines;

/// <summary>
/// One computed value. <see cref="Value"/> is null when a denominator was 0, or when a cross-year ratio is
/// <see cref="NotMeaningful"/>; <see cref="Components"/> holds the value of each part of the formula (its sums,
/// or the indicator values it reads; NaN: missing), in the order of <c>IndicatorPlan.Parts</c>.
/// <see cref="BaselineYear"/> is the start of the period a cross-year value measures (null for every other value).
/// <see cref="MissingInputs"/> names the inputs without rows for the unit and year (the value is then null, see
/// <see cref="MissingData"/>); <see cref="Gaps"/> the inputs that leave out some of the unit's sub-districts;
/// <see cref="NotFinite"/> marks a value that came out NaN or infinite and was dropped.
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
    int? BaselineYear = null,
    IReadOnlyList<string>? MissingInputs = null,
    IReadOnlyList<InputGap>? Gaps = null,
    bool NotFinite = false)
{
    /// <summary>Judging this value against a target would judge the data that is missing, not the plan.</summary>
    public bool StandsOnIncompleteData => MissingInputs is { Count: > 0 } || Gaps is { Count: > 0 };
}
