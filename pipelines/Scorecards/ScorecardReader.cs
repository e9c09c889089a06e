using MasterPlanEval.Core.Errors;
using Parquet;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Reads a scorecard Parquet file back into rows, in file order. The file's columns must match
/// <see cref="ScorecardSchema"/> exactly (names, order, types, nullability); otherwise an
/// <see cref="EvaluationException"/> of category <see cref="ErrorCategory.Input"/> names the first difference.
/// </summary>
public static class ScorecardReader
{
    public static async Task<IReadOnlyList<ScorecardRow>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var reader = await ParquetReader.CreateAsync(path, null, cancellationToken);
        ThrowIfSchemaDiffers(reader, path);

        var fields = ScorecardSchema.Fields;
        var dataFields = reader.Schema.DataFields;
        var rows = new List<ScorecardRow>(checked((int)(reader.Metadata?.NumRows ?? 0)));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var arguments = new object?[checked((int)group.RowCount)][];
            for (var r = 0; r < arguments.Length; r++)
            {
                arguments[r] = new object?[fields.Count];
            }

            for (var c = 0; c < fields.Count; c++)
            {
                await fields[c].Codec.ReadAsync(group, dataFields[c], arguments, c, cancellationToken);
            }

            rows.AddRange(arguments.Select(ScorecardSchema.CreateRow));
        }

        return rows.AsReadOnly();
    }

    private static void ThrowIfSchemaDiffers(ParquetReader reader, string path)
    {
        var expected = ScorecardSchema.CreateParquetSchema().DataFields;
        var actual = reader.Schema.DataFields;
        if (reader.Schema.Fields.Count != actual.Length || actual.Length != expected.Length)
        {
            throw Mismatch(path, $"has {reader.Schema.Fields.Count} columns, a scorecard has {expected.Length}");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (!string.Equals(e.Name, a.Name, StringComparison.Ordinal)
                || e.ClrType != a.ClrType
                || e.IsNullable != a.IsNullable
                || a.IsArray)
            {
                throw Mismatch(path, $"column {i + 1} is {Describe(a)}, a scorecard has {Describe(e)}");
            }
        }
    }

    private static string Describe(Parquet.Schema.DataField field) =>
        $"'{field.Name}' ({field.ClrType.Name}{(field.IsNullable ? ", nullable" : string.Empty)}{(field.IsArray ? ", repeated" : string.Empty)})";

    private static EvaluationException Mismatch(string path, string what) =>
        new(ErrorCategory.Input, $"not a scorecard file of this version: {what}", new SourceLocation(path));
}
