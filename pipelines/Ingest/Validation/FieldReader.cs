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

    /// <summary>
    /// A required id, read as <see cref="Text"/> reads it, with the whole number a column stored as whole numbers
    /// holds (0 otherwise): tables of such ids key by the number (see <see cref="FirstSeen"/>).
    /// </summary>
    public string Id(string column, out long whole)
    {
        var value = record.Value(column);
        whole = value.Kind == FieldValueKind.Integer ? value.Integer : 0;
        var text = OptionalText(column, value);
        if (text is null)
        {
            Fail(column, "missing value");
        }

        return text ?? string.Empty;
    }

    public string? OptionalText(string column) => OptionalText(column, record.Value(column));

    private string? OptionalText(string column, FieldValue value)
    {
        if (value.Other is NonScalarValue nonScalar)
        {
            Fail(column, nonScalar.Reason);
            return null;
        }

        if (value.Text is { } text)
        {
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        return value.AsText();
    }

    /// <summary>A required number, in <paramref name="range"/> when one is given.</summary>
    public double Number(string column, NumberRange? range = null)
    {
        var value = OptionalNumber(column, range);
        if (value is null && !Failed)
        {
            Fail(column, "missing value");
        }

        return value ?? 0;
    }

    public double? OptionalNumber(string column, NumberRange? range = null)
    {
        var raw = record.Value(column);
        double value;
        switch (raw.Kind)
        {
            case FieldValueKind.Null:
                return null;
            case FieldValueKind.Float:
                value = raw.Float;
                break;
            case FieldValueKind.Integer:
                value = raw.Integer;
                break;
            case FieldValueKind.Text when double.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                value = parsed;
                break;
            case FieldValueKind.Text:
                Fail(column, $"'{raw.Text}' is not a number");
                return null;
            default:
                switch (raw.Other)
                {
                    case NonScalarValue nonScalar:
                        Fail(column, nonScalar.Reason);
                        return null;
                    case IConvertible c and not bool:
                        value = c.ToDouble(CultureInfo.InvariantCulture);
                        break;
                    case var other:
                        Fail(column, $"'{other}' is not a number");
                        return null;
                }

                break;
        }

        if (!double.IsFinite(value))
        {
            Fail(column, $"{value} is not a finite number");
            return null;
        }

        if (range is not null && !range.Contains(value))
        {
            Fail(column, $"{Format(value)} is out of range: {range.Describe()}");
            return null;
        }

        return value;
    }

    public int Year(string column = "year")
    {
        var value = Number(column, NumberRange.Year);
        if (!Failed && value != Math.Floor(value))
        {
            Fail(column, $"{Format(value)} is not a whole year");
        }

        return (int)value;
    }

    public int? OptionalYear(string column)
    {
        var value = OptionalNumber(column, NumberRange.Year);
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
