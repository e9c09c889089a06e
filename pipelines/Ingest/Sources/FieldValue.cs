using System.Globalization;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>What kind of value a <see cref="FieldValue"/> holds.</summary>
public enum FieldValueKind
{
    Null,
    Text,
    Float,
    Integer,

    /// <summary>Anything else a geometry file's attribute may hold (a boolean, a date, a <see cref="NonScalarValue"/>).</summary>
    Other,
}

/// <summary>
/// One value of a row as its file stores it, without boxing: nothing, text, a floating-point or a whole number, or
/// any other attribute value as an object. Field readers turn it into the field they need; a column hands it out
/// per row, so half a million rows cost no allocation per value.
/// </summary>
public readonly struct FieldValue
{
    private readonly double _float;
    private readonly long _integer;
    private readonly object? _reference;

    private FieldValue(FieldValueKind kind, double number, long integer, object? reference)
    {
        Kind = kind;
        _float = number;
        _integer = integer;
        _reference = reference;
    }

    public FieldValueKind Kind { get; }

    /// <summary>The text of a <see cref="FieldValueKind.Text"/> value, else null.</summary>
    public string? Text => Kind == FieldValueKind.Text ? (string)_reference! : null;

    public double Float => _float;

    public long Integer => _integer;

    public object? Other => Kind == FieldValueKind.Other ? _reference : null;

    public static FieldValue OfText(string? text) => text is null ? default : new(FieldValueKind.Text, 0, 0, text);

    public static FieldValue OfFloat(double value) => new(FieldValueKind.Float, value, 0, null);

    public static FieldValue OfInteger(long value) => new(FieldValueKind.Integer, 0, value, null);

    /// <summary>A value a geometry file's reader handed over as an object (already normalised, see <see cref="FeatureRecords.Normalize"/>).</summary>
    public static FieldValue Of(object? value) => value switch
    {
        null => default,
        string s => OfText(s),
        double d => OfFloat(d),
        float f => OfFloat(f),
        long l => OfInteger(l),
        int i => OfInteger(i),
        short s => OfInteger(s),
        sbyte b => OfInteger(b),
        byte b => OfInteger(b),
        ushort u => OfInteger(u),
        uint u => OfInteger(u),
        _ => new(FieldValueKind.Other, 0, 0, value),
    };

    /// <summary>The value as text the way the contract reads ids and names: numbers in invariant digits, null for none.</summary>
    public string? AsText() => Kind switch
    {
        FieldValueKind.Null => null,
        FieldValueKind.Text => (string)_reference!,
        FieldValueKind.Float => _float.ToString(null, CultureInfo.InvariantCulture),
        FieldValueKind.Integer => _integer.ToString(null, CultureInfo.InvariantCulture),
        _ => _reference is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : _reference!.ToString(),
    };
}
