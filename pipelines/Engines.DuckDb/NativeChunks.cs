using System.Runtime.InteropServices;
using DuckDB.NET.Native;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>
/// The two C API calls on a chunk DuckDB lends the pair kernel inside a scalar function, which DuckDB.NET offers only on
/// its chunk handle (one that would destroy the chunk on disposal; this one belongs to DuckDB, so it stays a
/// pointer). Its vectors are read through DuckDB.NET's own calls (<see cref="NativeMethods.Vectors"/>).
/// </summary>
internal static unsafe partial class NativeChunks
{
    /// <summary>Rows per DuckDB vector (and chunk).</summary>
    public static readonly int VectorSize = checked((int)NativeMethods.Helpers.DuckDBVectorSize());

    [LibraryImport("duckdb", EntryPoint = "duckdb_data_chunk_get_size")]
    public static partial ulong Size(IntPtr chunk);

    [LibraryImport("duckdb", EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr Vector(IntPtr chunk, ulong column);

    public static void* Data(IntPtr vector) => NativeMethods.Vectors.DuckDBVectorGetData(vector);

    /// <summary>A vector's validity mask; null when every row is valid.</summary>
    public static ulong* Validity(IntPtr vector) => NativeMethods.Vectors.DuckDBVectorGetValidity(vector);

    public static bool IsValid(ulong* validity, int row) => validity == null || (validity[row >> 6] & (1UL << (row & 63))) != 0;
}
