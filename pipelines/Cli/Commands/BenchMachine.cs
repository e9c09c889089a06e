using System.Globalization;
using System.Runtime.InteropServices;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// The machine a benchmark ran on: CPU model, the cores this process may use, memory, operating system, and the
/// .NET and DuckDB versions (those of the bench process, which starts its runs with the same host and library).
/// </summary>
public sealed record BenchMachine(string Cpu, int Cores, long MemoryMib, string Os, string Dotnet, string Duckdb)
{
    public static BenchMachine Describe(string duckdb) => new(
        ParseCpuModel(ReadOrNull("/proc/cpuinfo")) ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        ParseMemoryMib(ReadOrNull("/proc/meminfo")) ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        duckdb);

    /// <summary>The first <c>model name</c> of /proc/cpuinfo (x86; ARM kernels name no model), or null.</summary>
    public static string? ParseCpuModel(string? cpuinfo) =>
        Value(cpuinfo, "model name") is { Length: > 0 } model ? model : null;

    /// <summary><c>MemTotal</c> of /proc/meminfo (kB) in MiB, or null.</summary>
    public static long? ParseMemoryMib(string? meminfo) =>
        Value(meminfo, "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes) ? kilobytes / 1024 : null;

    // Lines "key<tabs or spaces>: value".
    private static string? Value(string? text, string key) =>
        text?.Split('\n')
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0].Trim() == key)
            .Select(p => p[1].Trim())
            .FirstOrDefault();

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
