using System.Diagnostics;
using MasterPlanEval.Core.Diagnostics;

namespace MasterPlanEval.Generator;

/// <summary>Times the generator's steps and reports each as it ends.</summary>
internal sealed class StepClock(Action<string>? progress)
{
    private readonly List<GeneratorStep> _steps = [];

    public IReadOnlyList<GeneratorStep> Steps => _steps;

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> step, Func<T, string> describe)
    {
        var watch = Stopwatch.StartNew();
        var result = await step();
        var elapsed = watch.Elapsed;
        var peak = ProcessMemory.PeakBytes();
        _steps.Add(new GeneratorStep(name, elapsed, peak));
        progress?.Invoke(FormattableString.Invariant($"{name}: {describe(result)} ({elapsed.TotalSeconds:F1} s, peak {peak / (1024.0 * 1024):F0} MiB)"));
        return result;
    }

    public void Report(string message) => progress?.Invoke(message);
}
