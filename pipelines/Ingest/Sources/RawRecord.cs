using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// One row or feature as read, before validation. <see cref="Position"/> names it in rejects ("line 12" of a
/// CSV, "row 12" of a Parquet file, "feature 3" of a geometry file: see <see cref="RecordPosition"/>).
/// <see cref="Problem"/> is what is wrong with the row as a whole (a quoted field running over lines, more fields
/// than the header), which rejects it before any field is read. <see cref="GeometryProblem"/> says why a feature
/// whose bytes were read completely has no usable geometry (a one-point line, an open ring): the feature is
/// rejected on its geometry field, not the whole file.
/// </summary>
public sealed class RawRecord(
    RecordPosition position,
    IReadOnlyDictionary<string, int> columns,
    object?[] values,
    Geometry? geometry,
    string? problem = null,
    string? geometryProblem = null)
{
    public RecordPosition At { get; } = position;

    public string Position => At.ToString();

    public string? Problem { get; } = problem;

    public Geometry? Geometry { get; } = geometry;

    public string? GeometryProblem { get; } = geometryProblem;

    /// <summary>
    /// The raw value of a column: a string (CSV), a typed value (Parquet, GeoJSON), a <see cref="NonScalarValue"/>
    /// (a JSON object or array, a binary blob) or null.
    /// </summary>
    public object? this[string column] => columns.TryGetValue(column, out var i) && i < values.Length ? values[i] : null;
}
