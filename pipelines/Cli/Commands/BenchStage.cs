namespace MasterPlanEval.Cli.Commands;

/// <summary>One stage over a benchmark's repetitions: its rows (the same in every run of one city) and its time and peak.</summary>
public sealed record BenchStage(string Stage, long? Rows, BenchFigure Seconds, BenchFigure PeakMib, BenchFigure CpuSeconds)
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
            BenchFigure.Of(t.Select(s => s.Seconds)),
            BenchFigure.Of(t.Select(s => (double)s.PeakMib)),
            BenchFigure.Of(t.Select(s => s.CpuSeconds)))).ToList();
    }
}
