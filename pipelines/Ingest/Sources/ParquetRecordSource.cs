using MasterPlanEval.Core.Errors;
using NetTopologySuite.Geometries;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a Parquet file row group by row group, only the columns asked for, each into a typed array; for a spatial
/// input the binary <c>geometry</c> column is decoded as WKB, on every core (<see cref="WkbColumn"/>). A footer or
/// page that does not decode, or WKB that does not, is one input error naming the file (and the row group or
/// row); a degenerate geometry is left to the feature's reject. The pipeline is synchronous, so Parquet.Net's
/// async calls are awaited in place.
/// </summary>
internal static class ParquetRecordSource
{
    public const string GeometryColumn = "geometry";

    private const string Format = "Parquet file";

    public static FileRecords Open(string path, string dataset, bool spatial)
    {
        ParquetSchema schema;
        int? rows;
        try
        {
            (schema, rows) = Footer(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
        }

        var fields = schema.GetDataFields();
        if (spatial && fields.FirstOrDefault(f => f.Name == GeometryColumn) is { } geometry && !ParquetTypes.IsBinary(geometry.ClrType))
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column '{GeometryColumn}' for input '{dataset}': the column holds {ParquetTypes.Describe(geometry.ClrType)}, but a geometry column must be binary WKB{(ParquetTypes.IsText(geometry.ClrType) ? " (is it WKT text?)" : string.Empty)}",
                new SourceLocation(path, null, GeometryColumn));
        }

        return new FileRecords(path, Format, fields.Select(f => f.Name).ToList(), wanted => Read(path, spatial, wanted))
        {
            Stored = fields.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ParquetTypes.Stored(g.First().ClrType), StringComparer.Ordinal),
            Rows = rows,
        };
    }

    // The schema and the rows the footer says the file holds. A damaged footer may claim any count: no more rows than
    // the file has bytes are believed, so the count (a hint for sizing tables) never costs more memory than the file's
    // own size in table slots. The stream's length, not FileInfo's: that of a symbolic link is the link's own.
    private static (ParquetSchema Schema, int? Rows) Footer(string path)
    {
        using var file = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(file, null, true, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var rows = reader.Metadata?.NumRows is long n and >= 0 ? (int)Math.Min(n, Math.Min(file.Length, int.MaxValue)) : (int?)null;
            return (reader.Schema, rows);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static IEnumerable<RecordBatch> Read(string path, bool spatial, IReadOnlySet<int> wanted)
    {
        var reader = ParquetReader.CreateAsync(path, null, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            var geometryIndex = spatial ? fields.ToList().FindIndex(f => f.Name == GeometryColumn) : -1;
            var row = 0L;
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                var batch = ReadGroup(reader, group, fields, wanted, geometryIndex, path, row);
                row += batch.Count;
                yield return batch;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    // One row group's columns and geometries, or one input error naming the group and its rows when a page does not decode.
    private static RecordBatch ReadGroup(ParquetReader reader, int group, IReadOnlyList<DataField> fields, IReadOnlySet<int> wanted, int geometryIndex, string path, long rowsBefore)
    {
        long? count = null;
        byte[]?[]? blobs;
        SourceColumn?[] columns;
        try
        {
            using var groupReader = reader.OpenRowGroupReader(group);
            count = groupReader.RowCount;
            columns = fields.Select((f, i) => wanted.Contains(i) && i != geometryIndex ? ParquetTypes.Read(groupReader, f) : null).ToArray();
            blobs = geometryIndex >= 0 ? ParquetTypes.Blobs(groupReader, fields[geometryIndex]) : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var rows = count is { } n ? $" (rows {rowsBefore + 1}–{rowsBefore + n})" : string.Empty;
            throw GuardedRecords.Unreadable(path, Format, ex, $"row group {group + 1}{rows}");
        }

        (Geometry?[] Geometries, string?[] Problems)? decoded = blobs is null ? null : WkbColumn.Decode(blobs, path, rowsBefore + 1, GeometryColumn);
        return new RecordBatch
        {
            Count = checked((int)count.Value),
            Columns = columns,
            Unit = "row",
            FirstNumber = rowsBefore + 1,
            Geometries = decoded?.Geometries,
            GeometryProblems = decoded?.Problems,
        };
    }
}
