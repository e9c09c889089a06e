using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Tests.Support;

/// <summary>Runs the whole evaluation as the CLI does, into a temporary output folder.</summary>
public static class Pipeline
{
    public static Task<RunResult> RunAsync(string config, string outDirectory, IReadOnlyList<int>? years = null, TimeProvider? clock = null) =>
        EvaluationRunner.RunAsync(new RunOptions(config, years ?? [], [], outDirectory, "duckdb"), clock ?? TimeProvider.System, CancellationToken.None);

    /// <summary>The beijing-core sample's config, in place (its catalog path is relative to it).</summary>
    public static string SampleConfig => Path.Combine(RepoPaths.Sample("beijing-core"), "evaluation.yaml");
}

/// <summary>A clock that always reads one instant, so tests can start runs "at the same time".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
