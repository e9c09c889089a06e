using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>What a finished run wrote: its folder, its manifest and the scorecard rows of every year.</summary>
public sealed record RunResult(string RunDirectory, RunManifest Manifest, IReadOnlyList<ScorecardRow> Rows);
