using System.Diagnostics;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>Times the named stages of a run and their peak memory, for the manifest and the benchmark.</summary>
public sealed class StageTimer : IStageClock
{
    private readonly List<StageTime> _stages = [];

    public IReadOnlyList<StageTime> Stages => _stages;

    public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
    {
        ProcessMemory.ResetPeak();
        var watch = Stopwatch.StartNew();
        var result = work();
        Record(stage, watch, rows?.Invoke(result));
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work, Func<T, long>? rows = null)
    {
        ProcessMemory.ResetPeak();
        var watch = Stopwatch.StartNew();
        var result = await work();
        Record(stage, watch, rows?.Invoke(result));
        return result;
    }

    private void Record(string stage, Stopwatch watch, long? rows) =>
        _stages.Add(new StageTime(stage, Math.Round(watch.Elapsed.TotalSeconds, 3), rows, ProcessMemory.PeakBytes() / (1024 * 1024)));
}
