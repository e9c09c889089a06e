using System.Buffers.Text;
using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace MasterPlanEval.Core.Diagnostics;

/// <summary>
/// Reads this process's resident memory as the OS counts it. On Linux from /proc/self/status: VmRSS now and VmHWM,
/// the high-water mark since start that /usr/bin/time, container limits and the OOM killer read too (never reset
/// here: a reset made the process report only its last stage's peak). The file stays open and one buffer is reused,
/// so a sampler reading every few milliseconds allocates nothing. Elsewhere from the process's working set.
/// </summary>
public sealed class ProcessMemory : IDisposable
{
    private readonly SafeFileHandle? _status = OpenStatus();

    // The status text is about 1.5 KB; VmHWM and VmRSS come in its first third, so a long CPU mask cannot push them out.
    private readonly byte[] _buffer = new byte[16 * 1024];

    /// <summary>The process's peak resident memory since it started.</summary>
    public static long PeakBytes()
    {
        using var memory = new ProcessMemory();
        return memory.Read().PeakBytes;
    }

    public MemoryReading Read()
    {
        if (_status is not null)
        {
            var status = _buffer.AsSpan(0, RandomAccess.Read(_status, _buffer, 0));
            if (Kilobytes(status, "VmRSS:"u8) is { } resident && Kilobytes(status, "VmHWM:"u8) is { } peak)
            {
                return new MemoryReading(resident * 1024, peak * 1024);
            }
        }

        using var process = Process.GetCurrentProcess();
        return new MemoryReading(process.WorkingSet64, process.PeakWorkingSet64);
    }

    public void Dispose() => _status?.Dispose();

    private static SafeFileHandle? OpenStatus()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return File.OpenHandle("/proc/self/status");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc (a sandbox): the working set below is the same figure, read more slowly.
            return null;
        }
    }

    /// <summary>The number of a line such as "VmRSS:\t  123456 kB" in /proc/self/status, or null without that line.</summary>
    public static long? Kilobytes(ReadOnlySpan<byte> status, ReadOnlySpan<byte> key)
    {
        var at = status.IndexOf(key);
        if (at < 0)
        {
            return null;
        }

        var value = status[(at + key.Length)..].TrimStart(" \t"u8);
        return Utf8Parser.TryParse(value, out long kilobytes, out _) ? kilobytes : null;
    }
}
