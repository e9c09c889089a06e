using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Engines.DuckDb;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>Creates the engine an analyst names with <c>--engine</c>.</summary>
public static class EngineFactory
{
    public static IReadOnlyList<string> Known { get; } = ["duckdb"];

    public static IEvaluationEngine Create(string name) => name switch
    {
        "duckdb" => new DuckDbEngine(),
        _ => throw new EvaluationException(ErrorCategory.Usage, $"unknown engine '{name}' (known: {string.Join(", ", Known)})"),
    };
}
