using System.Diagnostics;

namespace MasterPlanEval.Core.Diagnostics;

/// <summary>
/// Peak resident memory of this process. On Linux the kernel's high-water mark can be reset by writing 5
/// to /proc/self/clear_refs, which gives a true peak per stage; elsewhere the peak is since process start.
/// </summary>
public static class ProcessMemory
{
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not Linux or not allowed: the peak then counts from process start, which over-reports, never under.
        }
    }

    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
