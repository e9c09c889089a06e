using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli.Commands;

/// <summary>Builds the one-line usage error for a command line's collected problems.</summary>
public static class Usage
{
    public const string Text =
        "usage: masterplaneval run --config FILE [--year Y ...] [--out DIR] [--engine duckdb] [--indicator ID ...]\n" +
        "       masterplaneval validate --config FILE [--year Y ...] [--out DIR] [--fail-on-rejects]\n" +
        "       masterplaneval catalog list [--dimension D] [--level L] [--catalog DIR]\n" +
        "       masterplaneval catalog show ID [--catalog DIR]\n" +
        "       masterplaneval explain --run RUN_ID|DIR --unit U --indicator I --year Y [--out DIR]\n" +
        "       masterplaneval generate --scale tiny|small|beijing|benchmark|large --out DIR [--seed N] [--commuters N] [--year Y ...]\n" +
        "       masterplaneval bench [--scale benchmark] [--seed N] [--commuters N ...] [--repeat N] [--workdir DIR] [--json FILE]";

    /// <summary>Throws one usage line for all problems; <paramref name="words"/> counts the command's own words.</summary>
    public static void ThrowIfProblems(CommandLine line, int words = 1)
    {
        line.RejectUnknown(words);
        if (line.Problems.Count > 0)
        {
            throw new EvaluationException(ErrorCategory.Usage, string.Join("; ", line.Problems));
        }
    }
}
