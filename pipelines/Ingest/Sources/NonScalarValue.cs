namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// An attribute value that is not one text or number (a JSON object or array in a GeoJSON property, a binary
/// blob in a GeoPackage or Parquet column). Sources keep it as this marker so that a field reader rejects the row
/// naming the field, instead of reading the value's type name as text.
/// </summary>
public sealed record NonScalarValue(string Kind)
{
    public string Reason => $"is {Kind}, not a single text or number";
}
