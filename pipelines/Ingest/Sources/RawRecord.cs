using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// One row or feature as read, before validation. <see cref="Position"/> names it in rejects
/// ("row 12" counting data rows from 1, or "feature 3" counting from 0). <see cref="Problem"/> is what is wrong
/// with the row as a whole (a quoted field running over lines), which rejects it before any field is read.
/// </summary>
public sealed class RawRecord(string position, IReadOnlyDictionary<string, int> columns, object?[] values, Geometry? geometry, string? problem = null)
{
    public string Position { get; } = position;

    public string? Problem { get; } = problem;

    public Geometry? Geometry { get; } = geometry;

    /// <summary>The raw value of a column: a string (CSV), a typed value (Parquet, GeoJSON) or null.</summary>
    public object? this[string column] => columns.TryGetValue(column, out var i) && i < values.Length ? values[i] : null;
}
