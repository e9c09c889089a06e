namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// One stage over a benchmark's repetitions: its rows (the same in every run of one city), when it started, its time
/// and peak, and its processor time over the runs that booked it (null when none did: a member of a group of stages
/// that ran at the same time, whose processor time the group's line books; see <see cref="Members"/>).
/// </summary>
public sealed record BenchStage(
    string Stage,
    long? Rows,
    BenchFigure StartSeconds,
    BenchFigure Seconds,
    BenchFigure PeakMib,
    BenchFigure? CpuSeconds,
    IReadOnlyList<string>? Members = null)
{
    /// <summary>
    /// Every stage the runs' manifests name, in the order they first appear; a stage timed twice in one run (a
    /// name repeated) is kept as two stages, paired across runs by its occurrence.
    /// </summary>
    public static IReadOnlyList<BenchStage> Summarize(IReadOnlyList<BenchRun> runs)
    {
        var order = new List<(string Stage, int Occurrence)>();
        var times = new Dictionary<(string, int), List<Pipeline.StageTime>>();
        foreach (var run in runs)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var stage in run.Stages)
            {
                var occurrence = seen[stage.Stage] = seen.GetValueOrDefault(stage.Stage) + 1;
                var key = (stage.Stage, occurrence);
                if (!times.TryGetValue(key, out var list))
                {
                    times[key] = list = [];
                    order.Add(key);
                }

                list.Add(stage);
            }
        }

        return order.Select(key => times[key]).Select(t => new BenchStage(
            t[0].Stage,
            t[0].Rows,
            BenchFigure.Of(t.Select(s => s.StartSeconds)),
            BenchFigure.Of(t.Select(s => s.Seconds)),
            BenchFigure.Of(t.Select(s => (double)s.PeakMib)),
            t.Any(s => s.CpuSeconds is not null) ? BenchFigure.Of(t.Select(s => s.CpuSeconds).OfType<double>()) : null,
            t[0].Members)).ToList();
    }
}
