using MasterPlanEval.Cli.Output;
using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Cli.Commands;

/// <summary><c>run</c>: the whole evaluation; prints the city's indicators per year and where the scorecards are.</summary>
public static class RunCommand
{
    public static async Task<int> ExecuteAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        var options = Options(line);
        Usage.ThrowIfProblems(line);
        var result = await EvaluationRunner.RunAsync(options, cancellationToken);
        CountsTable.Print(output, result.Manifest.Datasets);
        ScorecardTable.Print(output, result.Rows);
        output.WriteLine($"scorecards: {result.RunDirectory}");
        return 0;
    }

    public static RunOptions Options(CommandLine line) => new(
        line.Required("config"),
        line.Years(),
        line.Many("indicator"),
        Path.GetFullPath(line.Single("out") ?? "out"),
        line.Single("engine") ?? "duckdb");
}
