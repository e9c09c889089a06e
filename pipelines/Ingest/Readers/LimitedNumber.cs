using MasterPlanEval.Core.Validation;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads a required number and holds it to its plausibility limit, so no implausible value reaches a sum.</summary>
internal static class LimitedNumber
{
    public static double Number(this FieldReader fields, ValueLimit limit)
    {
        var value = fields.Number(limit.Column);
        if (!fields.Failed && !limit.Range.Contains(value))
        {
            fields.Fail(limit.Column, limit.Reason(value));
        }

        return value;
    }

    /// <summary>
    /// Holds a value measured from a field (a parcel's area, from its geometry) to its limit, failing that field
    /// with "area 1234.5 is out of range: …" (the measure shown to three decimals).
    /// </summary>
    public static void CheckMeasured(FieldReader fields, ValueLimit limit, double value, string field, string measure)
    {
        if (!fields.Failed && !limit.Range.Contains(value))
        {
            var reason = limit.IsAbove(value) ? limit.AboveMaximum : limit.BelowMinimum;
            fields.Fail(field, $"{measure} {NumberRange.Format(Math.Round(value, 3))} {reason}");
        }
    }
}
