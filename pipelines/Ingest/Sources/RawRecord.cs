using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// One row or feature as read, before validation: a row of a <see cref="RecordBatch"/>, its fields found through
/// the file's <see cref="ColumnLayout"/> by contract column name. <see cref="Position"/> names it in rejects
/// ("line 12" of a CSV, "row 12" of a Parquet file, "feature 3" of a geometry file: see <see cref="RecordPosition"/>).
/// <see cref="Problem"/> is what is wrong with the row as a whole (a quoted field running over lines, more fields
/// than the header), which rejects it before any field is read. <see cref="GeometryProblem"/> says why a feature
/// whose bytes were read completely has no usable geometry (a one-point line, an open ring): the feature is
/// rejected on its geometry field, not the whole file.
/// </summary>
public readonly struct RawRecord(RecordBatch batch, ColumnLayout layout, int row)
{
    public RecordPosition At => batch.Position(row);

    public string Position => At.ToString();

    public string? Problem => batch.Problems?[row];

    public Geometry? Geometry => batch.Geometries?[row];

    public string? GeometryProblem => batch.GeometryProblems?[row];

    /// <summary>
    /// The value of a contract column as stored: text (CSV, a Parquet string), a typed number (Parquet, GeoJSON), any
    /// other attribute value (a <see cref="NonScalarValue"/> for a JSON object or a blob), or nothing.
    /// </summary>
    public FieldValue Value(string column) => layout.Value(batch, column, row);
}
