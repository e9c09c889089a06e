namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Options of <c>run</c> and <c>validate</c>. <see cref="Years"/> empty: every year of the config;
/// <see cref="IndicatorIds"/> empty: the whole catalog; <see cref="OutDirectory"/> defaults to <c>./out</c>;
/// <see cref="Engine"/> defaults to <c>duckdb</c>.
/// </summary>
public sealed record RunOptions(
    string ConfigPath,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> IndicatorIds,
    string OutDirectory,
    string Engine);
