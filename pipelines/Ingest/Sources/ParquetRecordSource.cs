using MasterPlanEval.Core.Errors;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a Parquet file row group by row group; a binary <c>geometry</c> column is decoded as WKB.
/// The pipeline is synchronous, so Parquet.Net's async calls are awaited in place.
/// </summary>
internal static class ParquetRecordSource
{
    public const string GeometryColumn = "geometry";

    public static RecordSource Open(string path)
    {
        try
        {
            var schema = ParquetReader.ReadSchemaAsync(path).GetAwaiter().GetResult();
            var names = schema.GetDataFields().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            return new RecordSource(path, names, Read(path));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ParquetException or ArgumentException)
        {
            throw new EvaluationException(ErrorCategory.Input, $"not a readable Parquet file: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }

    private static IEnumerable<RawRecord> Read(string path)
    {
        var reader = ParquetReader.CreateAsync(path, null, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            var columns = fields.Select((f, i) => (f.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
            var wkb = new WKBReader();
            var row = 0;
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var groupReader = reader.OpenRowGroupReader(group);
                var data = fields.Select(f => ReadColumn(groupReader, f)).ToArray();
                for (var i = 0; i < groupReader.RowCount; i++)
                {
                    row++;
                    var values = new object?[data.Length];
                    for (var c = 0; c < data.Length; c++)
                    {
                        values[c] = data[c][i];
                    }

                    var geometry = columns.TryGetValue(GeometryColumn, out var g) && values[g] is byte[] bytes ? wkb.Read(bytes) : null;
                    yield return new RawRecord(RecordPosition.Row(row), columns, values, geometry);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static object?[] ReadColumn(ParquetRowGroupReader group, DataField field)
    {
        var count = checked((int)group.RowCount);
        var type = field.ClrType;
        // Parquet.Net 6 describes string and binary columns read from files as ReadOnlyMemory of char and byte.
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var texts = new string?[count];
            group.ReadAsync(field, texts.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return texts;
        }

        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>))
        {
            var blobs = new byte[]?[count];
            group.ReadAsync(field, blobs.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return blobs;
        }

        return type switch
        {
            _ when type == typeof(double) => Numbers<double>(group, field, count),
            _ when type == typeof(float) => Numbers<float>(group, field, count),
            _ when type == typeof(int) => Numbers<int>(group, field, count),
            _ when type == typeof(long) => Numbers<long>(group, field, count),
            _ when type == typeof(short) => Numbers<short>(group, field, count),
            _ when type == typeof(bool) => Numbers<bool>(group, field, count),
            _ => throw new EvaluationException(ErrorCategory.Input, $"column '{field.Name}' has Parquet type {type.Name}, which inputs do not use"),
        };
    }

    private static object?[] Numbers<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        if (field.IsNullable)
        {
            var nullable = new T?[count];
            group.ReadAsync(field, nullable.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return nullable.Select(v => (object?)v).ToArray();
        }

        var values = new T[count];
        group.ReadAsync(field, values.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return values.Select(v => (object?)v).ToArray();
    }
}
