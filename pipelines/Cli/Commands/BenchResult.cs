using MasterPlanEval.Cli.Pipeline;

namespace MasterPlanEval.Cli.Commands;

/// <summary>One benchmark run: scale, seed, commuters, whole-run wall time and peak memory, and every stage.</summary>
public sealed record BenchResult(string Scale, int Seed, long Commuters, double WallSeconds, long PeakMib, IReadOnlyList<StageTime> Stages, int Cores);
