using MasterPlanEval.Cli.Commands;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Cli;

/// <summary>
/// Entry point. Every failure ends in one line on stderr and a non-zero exit code: a user's error with
/// its category's code (see <see cref="ErrorCategory"/>), anything unexpected with 1 — never a stack trace.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (args.Contains("--help", StringComparer.Ordinal))
            {
                return Help(output, 0);
            }

            var line = new CommandLine(args);
            return (line.Positional.Count > 0 ? line.Positional[0] : null) switch
            {
                "run" => await RunCommand.ExecuteAsync(line, output, cancellationToken),
                "validate" => ValidateCommand.Execute(line, output),
                "catalog" => CatalogCommand.Execute(line, output),
                "explain" => await ExplainCommand.ExecuteAsync(line, output, cancellationToken),
                "generate" => await GenerateCommand.ExecuteAsync(line, output, cancellationToken),
                "bench" => await BenchCommand.ExecuteAsync(line, output, cancellationToken),
                "help" => Help(output, 0),
                null when args.Length == 0 => Help(output, 2),
                // Options without a command ('--config x'): exit 0 with the help would pass for success.
                null => throw new EvaluationException(ErrorCategory.Usage, "name a command first (run, validate, catalog, explain, generate, bench)"),
                var other => throw new EvaluationException(ErrorCategory.Usage, $"unknown command '{other}'"),
            };
        }
        catch (EvaluationException ex)
        {
            var hint = ex.Category == ErrorCategory.Usage ? " (masterplaneval help lists the commands)" : string.Empty;
            await error.WriteLineAsync($"error: {ex.OneLine}{hint}");

            return (int)ex.Category;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {ex.Message.Split('\n')[0]}");
            return (int)ErrorCategory.Output;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync($"internal error ({ex.GetType().Name}): {ex.Message.Split('\n')[0]}");
            return 1;
        }
    }

    private static int Help(TextWriter output, int code)
    {
        output.WriteLine(Usage.Text);
        return code;
    }
}
