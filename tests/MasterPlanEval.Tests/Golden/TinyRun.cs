using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>One pipeline run on the tiny fixture, shared by the golden tests.</summary>
public sealed class TinyRun : IAsyncLifetime
{
    private readonly TempDirectory _out = new();

    public RunResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await Pipeline.RunAsync(Path.Combine(RepoPaths.Fixture("tiny"), "evaluation.yaml"), _out.Path);

    public Task DisposeAsync()
    {
        _out.Dispose();
        return Task.CompletedTask;
    }
}
