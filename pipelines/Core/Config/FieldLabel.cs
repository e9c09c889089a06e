namespace MasterPlanEval.Core.Config;

/// <summary>
/// A reject's field as rejects.csv shows it: the contract column, which the reasons speak of, and the file's column
/// in parentheses when the config maps it to one named otherwise, so the analyst finds it in either
/// (<c>minutes (file column duration_min)</c>). Fields that are no column (<c>row</c>, <c>geometry</c>) stay as they are.
/// </summary>
public static class FieldLabel
{
    public static string Of(IReadOnlyDictionary<string, string>? columns, string field) =>
        columns is not null && columns.TryGetValue(field, out var file) && file != field ? $"{field} (file column {file})" : field;
}
