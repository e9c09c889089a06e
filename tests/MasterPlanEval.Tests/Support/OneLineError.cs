namespace MasterPlanEval.Tests.Support;

/// <summary>Asserts that a CLI run failed with one stderr line, the given exit code and every fragment.</summary>
public static class OneLineError
{
    public static string Assert(CliRun run, int exitCode, params string[] fragments)
    {
        Xunit.Assert.Equal(exitCode, run.ExitCode);
        var line = Xunit.Assert.Single(run.ErrorLines);
        Xunit.Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Xunit.Assert.True(line.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in: {line}");
        }

        return line;
    }
}
