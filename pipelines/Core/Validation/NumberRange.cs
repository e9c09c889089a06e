using System.Globalization;

namespace MasterPlanEval.Core.Validation;

/// <summary>
/// The allowed values of a numeric field, and the words a reject uses for them. Ingest checks rows in C#
/// and the engines check commutes in SQL: both phrase a range through this one record.
/// </summary>
public sealed record NumberRange(double Min, double Max, bool MinExclusive = false)
{
    public static NumberRange Any { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    public static NumberRange Year { get; } = new(1949, 2100);

    public bool Contains(double value) => value >= Min && !(MinExclusive && value <= Min) && value <= Max;

    /// <summary>"must be &gt; 0 and &lt;= 300", "must be &gt;= 0".</summary>
    public string Describe()
    {
        var lower = MinExclusive ? $"> {Format(Min)}" : $">= {Format(Min)}";
        return double.IsPositiveInfinity(Max) ? $"must be {lower}" : $"must be {lower} and <= {Format(Max)}";
    }

    public static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
