using System.Runtime.ExceptionServices;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Maps a list on every core, results in input order, so the output never depends on scheduling. Workers take
/// the next chunk of <see cref="Chunk"/> items in turn rather than one fixed slice each: the costly items (parcels
/// along a control line or a sub-district boundary) cluster in input order, and with fixed halves one core sat idle
/// while the other finished its half. Each worker gets its own state: NetTopologySuite's prepared geometries build their
/// indexes lazily on first use and are not safe to share between threads until then.
/// </summary>
internal static class OrderedParallel
{
    private const int MinSlice = 2_000;
    private const int Chunk = 256;

    public static TOut[] Map<TIn, TState, TOut>(IReadOnlyList<TIn> items, Func<TState> newState, Func<TState, TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        var workers = Math.Clamp(items.Count / MinSlice, 1, Environment.ProcessorCount);
        var next = 0;
        try
        {
            Parallel.For(0, workers, _ =>
            {
                var state = newState();
                for (var from = Interlocked.Add(ref next, Chunk) - Chunk; from < items.Count; from = Interlocked.Add(ref next, Chunk) - Chunk)
                {
                    for (var i = from; i < Math.Min(from + Chunk, items.Count); i++)
                    {
                        results[i] = map(state, items[i]);
                    }
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
