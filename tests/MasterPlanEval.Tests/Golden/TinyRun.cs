using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>One pipeline run on the tiny fixture, shared by the golden tests.</summary>
public sealed class TinyRun() : FixtureRun("tiny");

/// <summary>One pipeline run on the tiny fixture moved to Shenzhen's zone (tests/fixtures/tiny-shenzhen).</summary>
public sealed class ShenzhenRun() : FixtureRun("tiny-shenzhen");

/// <summary>One pipeline run on a fixture folder, for the indicators of the tiny fixture's expected.csv.</summary>
public abstract class FixtureRun(string fixture) : IAsyncLifetime
{
    private readonly TempDirectory _out = new();

    public RunResult Result { get; private set; } = null!;

    // The fixture's README derives the first slice's indicators; later indicators are checked by their catalog examples.
    public async Task InitializeAsync()
    {
        var indicators = SimpleCsv.Read(Path.Combine(RepoPaths.Fixture("tiny"), "expected.csv")).Select(r => r["indicator_id"]).Distinct().ToList();
        Result = await EvaluationRunner.RunAsync(
            new RunOptions(Path.Combine(RepoPaths.Fixture(fixture), "evaluation.yaml"), [], indicators, _out.Path, "duckdb"),
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _out.Dispose();
        return Task.CompletedTask;
    }
}
