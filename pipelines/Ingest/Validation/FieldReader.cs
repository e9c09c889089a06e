using System.Globalization;
using MasterPlanEval.Core.Validation;
using MasterPlanEval.Ingest.Sources;

namespace MasterPlanEval.Ingest.Validation;

/// <summary>
/// Reads typed fields off one raw record and remembers the first problem (field and reason), so a dataset
/// reader reads every field it needs and then either accepts the row or rejects it with that reason.
/// </summary>
internal sealed class FieldReader
{
    private readonly RawRecord record;

    public FieldReader(RawRecord record)
    {
        this.record = record;
        if (record.Problem is { } problem)
        {
            Fail("row", problem);
        }
    }

    public string? FailedField { get; private set; }

    public string? Reason { get; private set; }

    public bool Failed => FailedField is not null;

    public string Text(string column)
    {
        var text = OptionalText(column);
        if (text is null)
        {
            Fail(column, "missing value");
        }

        return text ?? string.Empty;
    }

    public string? OptionalText(string column)
    {
        var value = record[column];
        if (value is NonScalarValue nonScalar)
        {
            Fail(column, nonScalar.Reason);
            return null;
        }

        return value switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    public double Number(string column, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool minExclusive = false)
    {
        var value = OptionalNumber(column, min, max, minExclusive);
        if (value is null && !Failed)
        {
            Fail(column, "missing value");
        }

        return value ?? 0;
    }

    public double? OptionalNumber(string column, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool minExclusive = false)
    {
        double value;
        switch (record[column])
        {
            case null:
                return null;
            case NonScalarValue nonScalar:
                Fail(column, nonScalar.Reason);
                return null;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                value = parsed;
                break;
            case string s:
                Fail(column, $"'{s}' is not a number");
                return null;
            case IConvertible c and not bool:
                value = c.ToDouble(CultureInfo.InvariantCulture);
                break;
            case var other:
                Fail(column, $"'{other}' is not a number");
                return null;
        }

        if (!double.IsFinite(value))
        {
            Fail(column, $"{value} is not a finite number");
            return null;
        }

        var range = new NumberRange(min, max, minExclusive);
        if (!range.Contains(value))
        {
            Fail(column, $"{Format(value)} is out of range: {range.Describe()}");
            return null;
        }

        return value;
    }

    public int Year(string column = "year")
    {
        var value = Number(column, NumberRange.Year.Min, NumberRange.Year.Max);
        if (!Failed && value != Math.Floor(value))
        {
            Fail(column, $"{Format(value)} is not a whole year");
        }

        return (int)value;
    }

    public int? OptionalYear(string column)
    {
        var value = OptionalNumber(column, NumberRange.Year.Min, NumberRange.Year.Max);
        if (value is { } v && v != Math.Floor(v))
        {
            Fail(column, $"{Format(v)} is not a whole year");
            return null;
        }

        return value is null ? null : (int)value;
    }

    public void Fail(string column, string reason)
    {
        if (!Failed)
        {
            FailedField = column;
            Reason = reason;
        }
    }

    private static string Format(double value) => NumberRange.Format(value);
}
