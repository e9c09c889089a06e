namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// The benchmark of one city (scale, seed, commuters): the whole wall time, the process's peak memory and every
/// stage as median with min–max over its repetitions, each a fresh process, and the repetitions themselves.
/// </summary>
public sealed record BenchResult(
    string Scale,
    int Seed,
    long Commuters,
    BenchFigure WallSeconds,
    BenchFigure ProcessPeakMib,
    IReadOnlyList<BenchStage> Stages,
    IReadOnlyList<BenchRun> Runs)
{
    public static BenchResult Of(string scale, int seed, long commuters, IReadOnlyList<BenchRun> runs) => new(
        scale,
        seed,
        commuters,
        BenchFigure.Of(runs.Select(r => r.WallSeconds)),
        BenchFigure.Of(runs.Select(r => (double)r.ProcessPeakMib)),
        BenchStage.Summarize(runs),
        runs);
}
