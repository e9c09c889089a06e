using MasterPlanEval.Core.Engines;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The commute scan and its pair sums on a background task from the moment the cells are located, while this
/// thread computes the land stages: each of the two keeps about one core busy where it runs alone (the scan's file
/// reads, the split's serial parts), so together they take less wall time than one after the other. The engine is only
/// ever used by one thread: the task owns it from <see cref="Start"/> to <see cref="Join"/>, and the caller makes no
/// engine call in between. The stages of that span form one group in the stage times (<see cref="GroupName"/>).
/// </summary>
public sealed class CommuteHeadStart(IEvaluationEngine engine, StageTimer timer) : IDisposable
{
    public const string GroupName = "spatial.land+commutes";

    public const string LoadStage = "engine.load.commutes";

    private readonly CancellationTokenSource _cancel = new();
    private Task? _task;
    private StageTimer.Group? _group;

    /// <summary>Whether the commutes (and the cell_units table they are located through) are loaded ahead.</summary>
    public bool Started => _task is not null;

    /// <summary>Starts loading the commutes and summing them per pair of sub-districts, when the run has commutes.</summary>
    public void Start(CellsReady cells)
    {
        if (cells.Mobility is not { } mobility)
        {
            return;
        }

        // The plans EvaluateAll gets (EvaluationRunner), so that it reuses the sums.
        var plans = cells.Plans.Where(p => !p.IsCrossYear).ToList();
        var cancelled = _cancel.Token;
        _group = timer.BeginGroup(GroupName);
        _task = Task.Run(
            () =>
            {
                timer.Time(LoadStage, () => EngineLoad.LoadCommutes(engine, cells.CellUnits, mobility, cells.EndCoverage), rows => rows);
                if (!cancelled.IsCancellationRequested)
                {
                    engine.PrepareCommutePairs(plans, timer);
                }
            },
            CancellationToken.None);
    }

    /// <summary>Waits for the task; its failure (a commutes file that cannot be read: exit 4) is thrown here as it was thrown there.</summary>
    public void Join()
    {
        if (_task is null)
        {
            return;
        }

        _task.GetAwaiter().GetResult();
        _group!.End();
    }

    /// <summary>
    /// After a failure on this thread: the engine is disposed next, so the task must be over first. A scan already
    /// running is waited for (DuckDB gets no interrupt), one not yet begun never starts; the task's own outcome no
    /// longer matters, since the run fails with the first error.
    /// </summary>
    public void Dispose()
    {
        _cancel.Cancel();
        try
        {
            _task?.Wait();
        }
        catch (AggregateException)
        {
            // Observed and dropped: the run already fails with the error thrown on the caller's thread.
        }

        _group?.Dispose();
        _cancel.Dispose();
    }
}
