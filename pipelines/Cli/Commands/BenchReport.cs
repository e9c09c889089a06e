namespace MasterPlanEval.Cli.Commands;

/// <summary>What <c>bench</c> writes as JSON: the machine it ran on and one result per city.</summary>
public sealed record BenchReport(BenchMachine Machine, IReadOnlyList<BenchResult> Results);
