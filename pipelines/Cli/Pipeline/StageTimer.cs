using System.Diagnostics;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>Times the named stages of a run, for the manifest.</summary>
public sealed class StageTimer
{
    private readonly List<StageTime> _stages = [];

    public IReadOnlyList<StageTime> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add(new StageTime(stage, Math.Round(watch.Elapsed.TotalSeconds, 3)));
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        var result = await work();
        _stages.Add(new StageTime(stage, Math.Round(watch.Elapsed.TotalSeconds, 3)));
        return result;
    }
}

/// <summary>How long one stage took.</summary>
public sealed record StageTime(string Stage, double Seconds);
