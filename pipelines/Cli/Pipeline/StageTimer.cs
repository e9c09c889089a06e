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

    /// <summary>The process's peak resident memory since it started, as the OS reports it (VmHWM on Linux), in MiB.</summary>
    public static long ProcessPeakMib() => ProcessMemory.PeakBytes() / Mib;

    public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
    {
        using var memory = PeakMemorySampler.Start();
        var watch = Stopwatch.StartNew();
        var result = work();
        Record(stage, watch, rows?.Invoke(result), memory);
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work, Func<T, long>? rows = null)
    {
        using var memory = PeakMemorySampler.Start();
        var watch = Stopwatch.StartNew();
        var result = await work();
        Record(stage, watch, rows?.Invoke(result), memory);
        return result;
    }

    private void Record(string stage, Stopwatch watch, long? rows, PeakMemorySampler memory)
    {
        var seconds = Math.Round(watch.Elapsed.TotalSeconds, 3);
        _stages.Add(new StageTime(stage, seconds, rows, memory.Stop() / Mib));
    }
}
