using System.Runtime.ExceptionServices;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Maps a list on every core, one contiguous slice per worker, results in input order, so the output never
/// depends on scheduling. Each worker gets its own state: NetTopologySuite's prepared geometries build their
/// indexes lazily on first use and are not safe to share between threads until then.
/// </summary>
internal static class OrderedParallel
{
    private const int MinSlice = 2_000;

    public static TOut[] Map<TIn, TState, TOut>(IReadOnlyList<TIn> items, Func<TState> newState, Func<TState, TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        var workers = Math.Clamp(items.Count / MinSlice, 1, Environment.ProcessorCount);
        try
        {
            Parallel.For(0, workers, worker =>
            {
                var state = newState();
                var (from, to) = ((int)((long)items.Count * worker / workers), (int)((long)items.Count * (worker + 1) / workers));
                for (var i = from; i < to; i++)
                {
                    results[i] = map(state, items[i]);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
