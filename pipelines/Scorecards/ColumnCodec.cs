using System.Reflection;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Moves one <see cref="ScorecardRow"/> property to and from a Parquet column. Typed getters keep the
/// writer free of boxing; the reader fills constructor arguments, one row at a time.
/// </summary>
internal abstract class ColumnCodec
{
    /// <summary>The CLR type handed to <see cref="DataField"/>; nullability is passed separately.</summary>
    public abstract Type StorageType { get; }

    /// <summary>The Parquet type in words, as the schema document shows it.</summary>
    public abstract string ParquetType { get; }

    public static ColumnCodec For(PropertyInfo property)
    {
        var getter = property.GetMethod
            ?? throw new InvalidOperationException($"ScorecardRow.{property.Name} has no getter");
        var type = property.PropertyType;
        if (type == typeof(string))
        {
            return new StringColumnCodec(getter.CreateDelegate<Func<ScorecardRow, string?>>());
        }

        if (type == typeof(int))
        {
            return new StructColumnCodec<int>(getter.CreateDelegate<Func<ScorecardRow, int>>(), "int32");
        }

        if (type == typeof(int?))
        {
            return new NullableStructColumnCodec<int>(getter.CreateDelegate<Func<ScorecardRow, int?>>(), "int32");
        }

        if (type == typeof(double))
        {
            return new StructColumnCodec<double>(getter.CreateDelegate<Func<ScorecardRow, double>>(), "double");
        }

        if (type == typeof(double?))
        {
            return new NullableStructColumnCodec<double>(getter.CreateDelegate<Func<ScorecardRow, double?>>(), "double");
        }

        throw new NotSupportedException(
            $"ScorecardRow.{property.Name} has type {type.Name}; scorecard columns support string, int, int?, double and double?");
    }

    /// <summary>Index of the first row whose value is null, or -1; used to guard required columns.</summary>
    public abstract int IndexOfNull(IReadOnlyList<ScorecardRow> rows);

    public abstract Task WriteAsync(
        ParquetRowGroupWriter writer, DataField field, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken);

    /// <summary>Reads the column of one row group into <paramref name="column"/> of each row's arguments.</summary>
    public abstract ValueTask ReadAsync(
        ParquetRowGroupReader reader, DataField field, object?[][] rowArguments, int column, CancellationToken cancellationToken);
}

/// <summary>A UTF-8 string column, required or optional.</summary>
internal sealed class StringColumnCodec(Func<ScorecardRow, string?> getter) : ColumnCodec
{
    public override Type StorageType => typeof(string);

    public override string ParquetType => "string (UTF-8)";

    public override int IndexOfNull(IReadOnlyList<ScorecardRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (getter(rows[i]) is null)
            {
                return i;
            }
        }

        return -1;
    }

    public override Task WriteAsync(
        ParquetRowGroupWriter writer, DataField field, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = getter(rows[i]);
        }

        // Parquet.Net's string overload takes no token; the writer checks it between columns instead.
        return writer.WriteAsync(field, values!, null);
    }

    public override async ValueTask ReadAsync(
        ParquetRowGroupReader reader, DataField field, object?[][] rowArguments, int column, CancellationToken cancellationToken)
    {
        var values = new string?[rowArguments.Length];
        await reader.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            rowArguments[i][column] = values[i];
        }
    }
}

/// <summary>A required column of a primitive value type.</summary>
internal sealed class StructColumnCodec<T>(Func<ScorecardRow, T> getter, string parquetType) : ColumnCodec
    where T : struct
{
    public override Type StorageType => typeof(T);

    public override string ParquetType => parquetType;

    public override int IndexOfNull(IReadOnlyList<ScorecardRow> rows) => -1;

    public override Task WriteAsync(
        ParquetRowGroupWriter writer, DataField field, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = getter(rows[i]);
        }

        return writer.WriteAsync<T>(field, values.AsMemory(), null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(
        ParquetRowGroupReader reader, DataField field, object?[][] rowArguments, int column, CancellationToken cancellationToken)
    {
        var values = new T[rowArguments.Length];
        await reader.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            rowArguments[i][column] = values[i];
        }
    }
}

/// <summary>An optional column of a primitive value type.</summary>
internal sealed class NullableStructColumnCodec<T>(Func<ScorecardRow, T?> getter, string parquetType) : ColumnCodec
    where T : struct
{
    public override Type StorageType => typeof(T);

    public override string ParquetType => parquetType;

    public override int IndexOfNull(IReadOnlyList<ScorecardRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (getter(rows[i]) is null)
            {
                return i;
            }
        }

        return -1;
    }

    public override Task WriteAsync(
        ParquetRowGroupWriter writer, DataField field, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = getter(rows[i]);
        }

        return writer.WriteAsync<T>(field, values.AsMemory(), null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(
        ParquetRowGroupReader reader, DataField field, object?[][] rowArguments, int column, CancellationToken cancellationToken)
    {
        var values = new T?[rowArguments.Length];
        await reader.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            rowArguments[i][column] = values[i];
        }
    }
}
