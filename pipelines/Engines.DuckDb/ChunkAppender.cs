using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using NativeAppender = DuckDB.NET.Native.DuckDBAppender;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>
/// Appends a fact table a column at a time: each data chunk of DuckDB's vector size is filled by copying a
/// column's slice into its vector, then handed to the appender whole. The row appender of DuckDB.NET costs a
/// call chain, a type switch and (for a NULL) a native call per value, which for the cells' five million
/// values was most of the load; here a number column is one block copy per chunk and a NULL one bit.
/// </summary>
internal static unsafe class ChunkAppender
{
    /// <summary>Appends the table's rows to the DuckDB table of the same name, whose columns are the table's, in order.</summary>
    public static void Append(DuckDBConnection connection, FactTable table)
    {
        var state = NativeMethods.Appender.DuckDBAppenderCreateExt(connection.NativeConnection, null, null, table.Name, out var appender);
        using (appender)
        {
            Check(state, appender, table.Name);
            var types = Enumerable.Range(0, table.Columns.Count)
                .Select(i => NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i))
                .ToList();
            try
            {
                using var chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(
                    types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)types.Count);
                for (var start = 0; start < table.RowCount; start += NativeChunks.VectorSize)
                {
                    var count = Math.Min(NativeChunks.VectorSize, table.RowCount - start);
                    NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        Fill(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, c), table.Columns[c], start, count);
                    }

                    NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)count);
                    Check(NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk), appender, table.Name);
                }

                Check(NativeMethods.Appender.DuckDBAppenderClose(appender), appender, table.Name);
            }
            finally
            {
                types.ForEach(t => t.Dispose());
            }
        }
    }

    private static void Fill(IntPtr vector, FactColumn column, int start, int count)
    {
        switch (column)
        {
            case NumberColumn n:
                FillNumbers(vector, n.Values.AsSpan(start, count));
                break;
            case IntegerColumn i:
                FillIntegers(vector, i.Values.AsSpan(start, count));
                break;
            case TextColumn t:
                FillTexts(vector, t.Values.AsSpan(start, count));
                break;
            default:
                throw new InvalidOperationException($"unknown column kind {column.GetType().Name}");
        }
    }

    // NaN is a missing value: the slot keeps its copied NaN but is marked NULL, so no plan ever reads it.
    private static void FillNumbers(IntPtr vector, ReadOnlySpan<double> values)
    {
        values.CopyTo(new Span<double>(NativeMethods.Vectors.DuckDBVectorGetData(vector), values.Length));
        var validity = default(ulong*);
        for (var row = 0; row < values.Length; row++)
        {
            if (double.IsNaN(values[row]))
            {
                SetNull(vector, ref validity, row);
            }
        }
    }

    private static void FillIntegers(IntPtr vector, ReadOnlySpan<long?> values)
    {
        var data = (long*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var validity = default(ulong*);
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is { } value)
            {
                data[row] = value;
            }
            else
            {
                SetNull(vector, ref validity, row);
            }
        }
    }

    // Each string is encoded into one reused buffer and handed over with its length; DuckDB copies it into the
    // vector (inline up to 12 bytes, else into the vector's own heap), so the buffer is free again at once. The
    // length, unlike the plain string call, keeps a text with a NUL character whole.
    private static void FillTexts(IntPtr vector, ReadOnlySpan<string?> values)
    {
        var validity = default(ulong*);
        var buffer = Array.Empty<byte>();
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is { } value)
            {
                var size = Encoding.UTF8.GetMaxByteCount(value.Length);
                if (buffer.Length < size)
                {
                    buffer = new byte[Math.Max(size, 2 * buffer.Length)];
                }

                var length = Encoding.UTF8.GetBytes(value, buffer);
                fixed (byte* bytes = buffer)
                {
                    NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(vector, (ulong)row, bytes, length);
                }
            }
            else
            {
                SetNull(vector, ref validity, row);
            }
        }
    }

    // A vector's validity mask is allocated on its first NULL; bit r of word r / 64 clear means row r is NULL.
    private static void SetNull(IntPtr vector, ref ulong* validity, int row)
    {
        if (validity == null)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        }

        validity[row >> 6] &= ~(1UL << (row & 63));
    }

    private static void Check(DuckDBState state, NativeAppender appender, string table)
    {
        if (state != DuckDBState.Success)
        {
            using var error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
            throw new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed loading {table}: {(error.Message ?? "no message").Split('\n', 2)[0].Trim()}");
        }
    }
}
