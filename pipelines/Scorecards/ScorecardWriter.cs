using Parquet;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Writes scorecard rows to a Parquet file with the schema of <see cref="ScorecardSchema"/>, Snappy
/// compressed, in one row group, rows in the order given (sorting is the caller's job). Writing to a path
/// is atomic and never overwrites: see <see cref="AtomicFile"/>.
/// </summary>
public static class ScorecardWriter
{
    /// <summary>
    /// Set explicitly rather than left to the library: defaults have changed between Parquet.Net releases,
    /// Zstd at its default level is very slow, and the schema document promises Snappy.
    /// </summary>
    public static CompressionMethod Compression => CompressionMethod.Snappy;

    /// <summary>Writes <paramref name="rows"/> to a new file at <paramref name="path"/>; fails if it exists.</summary>
    public static Task WriteAsync(string path, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken = default)
    {
        // Checked before the temporary file exists, so a bad row costs no disk work.
        ThrowIfInvalid(rows);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteCheckedAsync(stream, rows, token), cancellationToken);
    }

    /// <summary>Writes <paramref name="rows"/> to a writable, seekable stream, which is left open.</summary>
    public static Task WriteAsync(Stream output, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ThrowIfInvalid(rows);
        return WriteCheckedAsync(output, rows, cancellationToken);
    }

    private static async Task WriteCheckedAsync(Stream output, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken)
    {
        var schema = ScorecardSchema.CreateParquetSchema();
        var options = new ParquetOptions { CompressionMethod = Compression };
        await using var writer = await ParquetWriter.CreateAsync(schema, output, options, append: false, cancellationToken);

        // No rows, no row group: the file still carries the schema, which readers accept.
        if (rows.Count == 0)
        {
            return;
        }

        // One row group: a scorecard is one year of one run, thousands of rows, not millions.
        using var group = writer.CreateRowGroup();
        var fields = ScorecardSchema.Fields;
        var dataFields = schema.DataFields;
        for (var i = 0; i < fields.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await fields[i].Codec.WriteAsync(group, dataFields[i], rows, cancellationToken);
        }
    }

    private static void ThrowIfInvalid(IReadOnlyList<ScorecardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                throw new ArgumentException($"row {i} is null", nameof(rows));
            }
        }

        // Parquet.Net 6.1 writes a null into a required string column without complaint and the file
        // it leaves cannot be read back, so required columns are checked here.
        foreach (var field in ScorecardSchema.Fields.Where(f => !f.Column.IsNullable))
        {
            var index = field.Codec.IndexOfNull(rows);
            if (index >= 0)
            {
                throw new ArgumentException(
                    $"row {index}: column '{field.Column.Name}' is not nullable but ScorecardRow.{field.Property.Name} is null",
                    nameof(rows));
            }
        }
    }
}
