namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Where a record sits in its file, in the unit its format counts in: a CSV's physical <c>line</c> (1-based,
/// the header is line 1, blank lines count), a Parquet file's <c>row</c> (1-based data row), or a geometry file's
/// <c>feature</c> (0-based index).
/// </summary>
public readonly record struct RecordPosition(string Unit, long Number)
{
    public static RecordPosition Line(long number) => new("line", number);

    public static RecordPosition Row(long number) => new("row", number);

    public static RecordPosition Feature(long index) => new("feature", index);

    public override string ToString() => $"{Unit} {Number}";
}
