using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Tests.Support;

/// <summary>Runs the whole evaluation as the CLI does, into a temporary output folder.</summary>
public static class Pipeline
{
    public static Task<RunResult> RunAsync(string config, string outDirectory, IReadOnlyList<int>? years = null) =>
        EvaluationRunner.RunAsync(new RunOptions(config, years ?? [], [], outDirectory, "duckdb"), CancellationToken.None);
}
