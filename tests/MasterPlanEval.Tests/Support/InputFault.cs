using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Tests.Support;

/// <summary>
/// Checks a fault that must stop a run: exit code, exactly one "error: " line holding the expected fragments, and
/// no run folder in the output folder (every input is checked before anything is written).
/// </summary>
public static class InputFault
{
    public static async Task<string> RunAsync(FixtureCopy fixture, int exitCode, params string[] fragments)
    {
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        Assert.True(exitCode == run.ExitCode, $"exit {run.ExitCode}, expected {exitCode}: {run.Error}");
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(fixture.Out) && Directory.EnumerateFileSystemEntries(fixture.Out).Any(), "a run folder was written");
        return line;
    }

    /// <summary>The input error an action throws, checked for its category.</summary>
    public static EvaluationException Throws(Action action, ErrorCategory category = ErrorCategory.Input)
    {
        var error = Assert.Throws<EvaluationException>(action);
        Assert.Equal(category, error.Category);
        return error;
    }
}
