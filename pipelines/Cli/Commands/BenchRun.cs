using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// One repetition of a benchmark: a fresh process's wall time measured from outside, and from the manifest it
/// wrote its peak memory as the OS saw it, the engine's version, and every stage.
/// </summary>
public sealed record BenchRun(double WallSeconds, long ProcessPeakMib, string EngineVersion, string RunDirectory, IReadOnlyList<StageTime> Stages);
