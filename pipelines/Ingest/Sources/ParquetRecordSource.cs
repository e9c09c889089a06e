using MasterPlanEval.Core.Errors;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a Parquet file row group by row group; for a spatial input the binary <c>geometry</c> column is decoded as
/// WKB. A footer or page that does not decode, or WKB that does not, is one input error naming the file (and the
/// row group or row); a degenerate geometry is left to the feature's reject. The pipeline is synchronous, so
/// Parquet.Net's async calls are awaited in place.
/// </summary>
internal static class ParquetRecordSource
{
    public const string GeometryColumn = "geometry";

    private const string Format = "Parquet file";

    private static readonly HashSet<Type> Readable =
    [
        typeof(string), typeof(ReadOnlyMemory<char>), typeof(byte[]), typeof(ReadOnlyMemory<byte>),
        typeof(double), typeof(float), typeof(decimal), typeof(long), typeof(int), typeof(short), typeof(sbyte), typeof(byte),
        typeof(ulong), typeof(uint), typeof(ushort), typeof(bool),
    ];

    public static RecordSource Open(string path, string dataset, bool spatial)
    {
        ParquetSchema schema;
        try
        {
            schema = ParquetReader.ReadSchemaAsync(path).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
        }

        var fields = schema.GetDataFields();
        if (spatial && fields.FirstOrDefault(f => f.Name == GeometryColumn) is { } geometry && !IsBinary(geometry.ClrType))
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"missing required column '{GeometryColumn}' for input '{dataset}': the column holds {Describe(geometry.ClrType)}, but a geometry column must be binary WKB{(IsText(geometry.ClrType) ? " (is it WKT text?)" : string.Empty)}",
                new SourceLocation(path, null, GeometryColumn));
        }

        var unusable = fields.Where(f => !Readable.Contains(f.ClrType)).ToDictionary(f => f.Name, f => Describe(f.ClrType), StringComparer.Ordinal);
        return new RecordSource(path, fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal), GuardedRecords.Of(path, Format, Read(path, spatial)))
        {
            Unusable = unusable,
        };
    }

    private static IEnumerable<RawRecord> Read(string path, bool spatial)
    {
        var reader = ParquetReader.CreateAsync(path, null, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            var columns = fields.Select((f, i) => (f.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
            var geometryIndex = spatial && columns.TryGetValue(GeometryColumn, out var g) ? g : -1;
            var wkb = GeometryDecoding.Wkb();
            var row = 0L;
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                var (count, data) = ReadGroup(reader, group, fields, path, row);
                for (var i = 0; i < count; i++)
                {
                    row++;
                    var values = new object?[data.Length];
                    for (var c = 0; c < data.Length; c++)
                    {
                        values[c] = data[c][i] is byte[] && c != geometryIndex ? new NonScalarValue("binary data") : data[c][i];
                    }

                    var (geometry, problem) = geometryIndex >= 0 && values[geometryIndex] is byte[] bytes
                        ? GeometryDecoding.Decode(() => wkb.Read(bytes), path, RecordPosition.Row(row), GeometryColumn, "WKB")
                        : (null, null);
                    yield return new RawRecord(RecordPosition.Row(row), columns, values, geometry, geometryProblem: problem);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    // One row group's columns, or one input error naming the group and its rows when a page does not decode.
    private static (long Count, object?[][] Data) ReadGroup(ParquetReader reader, int group, IReadOnlyList<DataField> fields, string path, long rowsBefore)
    {
        long? count = null;
        try
        {
            using var groupReader = reader.OpenRowGroupReader(group);
            count = groupReader.RowCount;
            return (groupReader.RowCount, fields.Select(f => Readable.Contains(f.ClrType) ? ReadColumn(groupReader, f) : Unusable(f, groupReader.RowCount)).ToArray());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var rows = count is { } n ? $" (rows {rowsBefore + 1}–{rowsBefore + n})" : string.Empty;
            throw GuardedRecords.Unreadable(path, Format, ex, $"row group {group + 1}{rows}");
        }
    }

    private static object?[] Unusable(DataField field, long count) =>
        Enumerable.Repeat<object?>(new NonScalarValue($"a Parquet {Describe(field.ClrType)} value"), checked((int)count)).ToArray();

    private static object?[] ReadColumn(ParquetRowGroupReader group, DataField field)
    {
        var count = checked((int)group.RowCount);
        var type = field.ClrType;
        // Parquet.Net 6 describes string and binary columns read from files as ReadOnlyMemory of char and byte.
        if (IsText(type))
        {
            var texts = new string?[count];
            group.ReadAsync(field, texts.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return texts;
        }

        if (IsBinary(type))
        {
            var blobs = new byte[]?[count];
            group.ReadAsync(field, blobs.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return blobs;
        }

        return type switch
        {
            _ when type == typeof(double) => Numbers<double>(group, field, count),
            _ when type == typeof(float) => Numbers<float>(group, field, count),
            _ when type == typeof(decimal) => Numbers<decimal>(group, field, count),
            _ when type == typeof(int) => Numbers<int>(group, field, count),
            _ when type == typeof(long) => Numbers<long>(group, field, count),
            _ when type == typeof(short) => Numbers<short>(group, field, count),
            _ when type == typeof(sbyte) => Numbers<sbyte>(group, field, count),
            _ when type == typeof(byte) => Numbers<byte>(group, field, count),
            _ when type == typeof(ulong) => Numbers<ulong>(group, field, count),
            _ when type == typeof(uint) => Numbers<uint>(group, field, count),
            _ when type == typeof(ushort) => Numbers<ushort>(group, field, count),
            _ => Numbers<bool>(group, field, count),
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

    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static bool IsBinary(Type type) => type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>);

    private static string Describe(Type type) => IsText(type) ? "text" : IsBinary(type) ? "binary data" : type.Name;
}
