namespace MasterPlanEval.Ingest.Sources;

/// <summary>The values of one column over the rows of a <see cref="RecordBatch"/>, as stored.</summary>
public abstract class SourceColumn
{
    public abstract FieldValue this[int row] { get; }
}

/// <summary>Text values (a CSV field, a Parquet string); null is no value.</summary>
internal sealed class TextColumn(string?[] values) : SourceColumn
{
    public override FieldValue this[int row] => FieldValue.OfText(values[row]);
}

/// <summary>Attribute values of a geometry file, one object each (see <see cref="FieldValue.Of"/>).</summary>
internal sealed class ObjectColumn(object?[] values) : SourceColumn
{
    public override FieldValue this[int row] => FieldValue.Of(values[row]);
}

/// <summary>The same value in every row: a constant the config gives for a column the file lacks (<c>inputs.&lt;dataset&gt;.year</c>).</summary>
internal sealed class ConstantColumn(FieldValue value) : SourceColumn
{
    public override FieldValue this[int row] => value;
}
