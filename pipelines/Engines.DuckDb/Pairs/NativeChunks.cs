using System.Runtime.InteropServices;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// The few C API calls the kernel makes on a chunk DuckDB lends it inside a scalar function. DuckDB.NET wraps a
/// chunk in a handle that would destroy it on disposal; this chunk belongs to DuckDB, so it stays a pointer.
/// </summary>
internal static unsafe partial class NativeChunks
{
    [LibraryImport("duckdb", EntryPoint = "duckdb_data_chunk_get_size")]
    public static partial ulong Size(IntPtr chunk);

    [LibraryImport("duckdb", EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr Vector(IntPtr chunk, ulong column);

    [LibraryImport("duckdb", EntryPoint = "duckdb_vector_get_data")]
    public static partial void* Data(IntPtr vector);

    // Null when every row is valid.
    [LibraryImport("duckdb", EntryPoint = "duckdb_vector_get_validity")]
    public static partial ulong* Validity(IntPtr vector);

    public static bool IsValid(ulong* validity, int row) => validity == null || (validity[row >> 6] & (1UL << (row & 63))) != 0;
}
