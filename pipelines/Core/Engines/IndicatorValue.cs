using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Engines;

/// <summary>One computed value. <see cref="Value"/> is null when a denominator was 0.</summary>
public sealed record IndicatorValue(
    string IndicatorId, UnitLevel Level, string UnitId, int Year, double? Value, bool ZeroDenominator, long InputRows);
