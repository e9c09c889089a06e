using System.Diagnostics;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Times the named stages of a run and samples their peak memory, for the manifest and the benchmark. Each stage
/// gets its own sampler, so a stage timed inside another gets its own peak and the outer one still sees the inner's.
/// </summary>
public sealed class StageTimer : IStageClock
{
    private const long Mib = 1024 * 1024;

    private readonly List<StageTime> _stages = [];

    public IReadOnlyList<StageTime> Stages => _stages;

    /// <summary>
    /// The process's peak resident memory since it started, in MiB: its high-water mark as the OS reports it (VmHWM on
    /// Linux, what /usr/bin/time shows), or a stage's peak where that is higher: the kernel does not move its mark on
    /// every change of the resident count, so a later VmHWM can be a few hundred KiB below an earlier VmRSS (measured
    /// up to 432 KiB while the GC compacts; a test run read 180 MiB in a stage and 179 MiB for the process after it).
    /// </summary>
    public long ProcessPeakMib() => Math.Max(ProcessMemory.PeakBytes() / Mib, _stages.Select(s => s.PeakMib).DefaultIfEmpty(0).Max());

    public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
    {
        using var memory = PeakMemorySampler.Start();
        var (watch, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        var result = work();
        Record(stage, watch, cpu, rows?.Invoke(result), memory);
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work, Func<T, long>? rows = null)
    {
        using var memory = PeakMemorySampler.Start();
        var (watch, cpu) = (Stopwatch.StartNew(), ProcessorTime());
        var result = await work();
        Record(stage, watch, cpu, rows?.Invoke(result), memory);
        return result;
    }

    private void Record(string stage, Stopwatch watch, TimeSpan cpuBefore, long? rows, PeakMemorySampler memory)
    {
        var seconds = Math.Round(watch.Elapsed.TotalSeconds, 3);
        var cpu = Math.Round((ProcessorTime() - cpuBefore).TotalSeconds, 3);
        _stages.Add(new StageTime(stage, seconds, rows, memory.Stop() / Mib, cpu));
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
