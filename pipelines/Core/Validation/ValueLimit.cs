namespace MasterPlanEval.Core.Validation;

/// <summary>
/// The plausibility limit of one column of one input: the range its values must lie in and the unit the
/// range is counted in ("per cell"). Its maximum may be moved in evaluation.yaml
/// (<c>inputs.&lt;dataset&gt;.limits.&lt;column&gt;</c>), so a reject above it says where the limit comes from and
/// how to change it. C# ingest and the engines' commute checks word their rejects through this one record.
/// </summary>
public sealed record ValueLimit(string Dataset, string Column, NumberRange Range, string Unit)
{
    /// <summary>The evaluation.yaml key that moves the maximum.</summary>
    public string ConfigKey => $"inputs.{Dataset}.limits.{Column}";

    /// <summary>"must be &gt;= 0 and &lt;= 100000 per cell".</summary>
    public string Describe() => $"{Range.Describe()} {Unit}";

    /// <summary>The reason after the value, for a value below the minimum (which config cannot move).</summary>
    public string BelowMinimum => $"is out of range: {Describe()}";

    /// <summary>The reason after the value, for a value above the maximum.</summary>
    public string AboveMaximum => $"is out of range: {Describe()} (limit of {Dataset}; set {ConfigKey} to change)";

    public bool IsAbove(double value) => value > Range.Max;

    /// <summary>The whole reason for a value outside the range, e.g. "1E+308 is out of range: …".</summary>
    public string Reason(double value) => $"{NumberRange.Format(value)} {(IsAbove(value) ? AboveMaximum : BelowMinimum)}";
}
