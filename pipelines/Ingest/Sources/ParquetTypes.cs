using MasterPlanEval.Core.Config;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// The Parquet column types inputs read, as Parquet.Net describes them (its CLR types; string and binary columns
/// read from files come as ReadOnlyMemory of char and byte), and how to read a row group's column of each into a
/// typed <see cref="SourceColumn"/>.
/// </summary>
internal static class ParquetTypes
{
    private static readonly HashSet<Type> Integers =
        [typeof(long), typeof(int), typeof(short), typeof(sbyte), typeof(byte), typeof(ulong), typeof(uint), typeof(ushort)];

    private static readonly HashSet<Type> Floats = [typeof(double), typeof(float), typeof(decimal)];

    public static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    public static bool IsBinary(Type type) => type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>);

    public static string Describe(Type type) => IsText(type) ? "text" : IsBinary(type) ? "binary data" : type.Name;

    public static StoredColumn Stored(Type type) => new(
        IsText(type) ? ColumnTypes.Text : Integers.Contains(type) ? ColumnTypes.Integer : Floats.Contains(type) ? ColumnTypes.Float : ColumnTypes.None,
        IsText(type) || IsBinary(type) ? Describe(type) : $"Parquet {type.Name} values");

    /// <summary>A text or number column (the only kinds a contract column may have, see <see cref="InputColumns"/>).</summary>
    public static SourceColumn Read(ParquetRowGroupReader group, DataField field)
    {
        var type = field.ClrType;
        if (IsText(type))
        {
            var texts = new string?[checked((int)group.RowCount)];
            group.ReadAsync(field, texts.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return new TextColumn(texts);
        }

        return type switch
        {
            _ when type == typeof(double) => Numbers<double>(group, field),
            _ when type == typeof(float) => Numbers<float>(group, field),
            _ when type == typeof(decimal) => Numbers<decimal>(group, field),
            _ when type == typeof(int) => Numbers<int>(group, field),
            _ when type == typeof(long) => Numbers<long>(group, field),
            _ when type == typeof(short) => Numbers<short>(group, field),
            _ when type == typeof(sbyte) => Numbers<sbyte>(group, field),
            _ when type == typeof(byte) => Numbers<byte>(group, field),
            _ when type == typeof(ulong) => Numbers<ulong>(group, field),
            _ when type == typeof(uint) => Numbers<uint>(group, field),
            _ when type == typeof(ushort) => Numbers<ushort>(group, field),
            _ => throw new InvalidOperationException($"column '{field.Name}' of type {type.Name} is neither text nor numbers: the type check at opening lets no such column through"),
        };
    }

    public static byte[]?[] Blobs(ParquetRowGroupReader group, DataField field)
    {
        var blobs = new byte[]?[checked((int)group.RowCount)];
        group.ReadAsync(field, blobs.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return blobs;
    }

    private static NumberColumn<T> Numbers<T>(ParquetRowGroupReader group, DataField field)
        where T : struct, System.Numerics.INumberBase<T>
    {
        var count = checked((int)group.RowCount);
        if (field.IsNullable)
        {
            var nullable = new T?[count];
            group.ReadAsync(field, nullable.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return new NumberColumn<T>(null, nullable);
        }

        var values = new T[count];
        group.ReadAsync(field, values.AsMemory(), null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return new NumberColumn<T>(values, null);
    }
}
