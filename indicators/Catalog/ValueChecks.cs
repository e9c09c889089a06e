namespace MasterPlanEval.Indicators.Catalog;

/// <summary>The range a value (and a target) of an indicator must lie in; null bounds are open.</summary>
public sealed record ValueChecks(double? Min, double? Max)
{
    public bool Allows(double value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    public override string ToString() => $"[{Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-inf"}, {Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "+inf"}]";
}
