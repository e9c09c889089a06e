using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// Registers a <see cref="PairKernel"/> as a DuckDB scalar function through the C API, so DuckDB calls it with
/// each chunk on the thread that scanned it (DuckDB.NET's managed scalar functions read a value per call). The
/// function returns 0 per row; a query sums its result so DuckDB runs it on every row. It is volatile (never
/// folded or shared) and sees NULLs itself.
/// </summary>
internal static unsafe class PairKernelFunction
{
    public static void Register(DuckDBConnection connection, PairKernel kernel, string name)
    {
        var function = NativeMethods.ScalarFunction.DuckDBCreateScalarFunction();
        try
        {
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetName(function, name);
            foreach (var parameter in kernel.ArgumentTypes)
            {
                using var type = NativeMethods.LogicalType.DuckDBCreateLogicalType(parameter);
                NativeMethods.ScalarFunction.DuckDBScalarFunctionAddParameter(function, type);
            }

            using (var result = NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.BigInt))
            {
                NativeMethods.ScalarFunction.DuckDBScalarFunctionSetReturnType(function, result);
            }

            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetVolatile(function);
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetSpecialHandling(function);
            // DuckDB owns the handle from here and frees it with the function (when the database closes).
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetExtraInfo(function, GCHandle.ToIntPtr(GCHandle.Alloc(kernel)), &Free);
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetFunction(function, &Call);
            if (NativeMethods.ScalarFunction.DuckDBRegisterScalarFunction(connection.NativeConnection, function) != DuckDBState.Success)
            {
                throw new InvalidOperationException($"DuckDB refused the scalar function {name}");
            }
        }
        finally
        {
            NativeMethods.ScalarFunction.DuckDBDestroyScalarFunction(ref function);
        }
    }

    // No exception may cross into DuckDB: a failure becomes the function's error, which fails the query.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Call(IntPtr info, IntPtr chunk, IntPtr output)
    {
        try
        {
            var kernel = (PairKernel)GCHandle.FromIntPtr(NativeMethods.ScalarFunction.DuckDBScalarFunctionGetExtraInfo(info)).Target!;
            kernel.Add(chunk);
            new Span<long>(NativeChunks.Data(output), checked((int)NativeChunks.Size(chunk))).Clear();
        }
        catch (Exception ex)
        {
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetError(info, ex.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(IntPtr handle) => GCHandle.FromIntPtr(handle).Free();
}
