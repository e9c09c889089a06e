namespace MasterPlanEval.Ingest;

/// <summary>
/// One input read on a thread of its own while the others are read, so reading the grid, the parcels and the
/// facilities costs the longest of them rather than their sum. Its result, or what stopped it, is taken in the order
/// the inputs would be read one after another (<see cref="Result"/>), so the same error is reported whatever
/// finished first. The thread is its own, not the pool's: the Parquet reader blocks on reads the pool serves.
/// </summary>
internal sealed class ConcurrentRead<T>
{
    private readonly Task<T> _task;

    public ConcurrentRead(Func<T> read) =>
        _task = Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Waits for the read; whatever stopped it is thrown as it was thrown.</summary>
    public T Result() => _task.GetAwaiter().GetResult();

    /// <summary>Waits for the read without taking its result, so no read outlives a run stopped by another input.</summary>
    public void Settle() => ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();
}
