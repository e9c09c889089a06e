using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// The commute scan started while the land stages compute (<see cref="CommuteHeadStart"/>), on an engine that logs
/// its calls and holds the commutes' load until the test lets it go: the order of the calls, a failure of the task
/// surfacing as thrown, and a run failing meanwhile leaving no task behind on the engine.
/// </summary>
public sealed class CommuteHeadStartTests
{
    private static readonly CellsReady Cells = new(
        [],
        new CommuteSource(Datasets.Mobility, "commutes.parquet", new Dictionary<string, StoredAs>(), null, CommuteRules.For(new InputSpec(Datasets.Mobility, "commutes.parquet", null, null))),
        CellUnits.Table(new Dictionary<string, string?> { ["c1"] = "s1" }, SubdistrictNumbers.OfIds(["s1"])),
        []);

    [Fact]
    public void The_task_loads_the_commutes_then_sums_them_and_its_stages_form_one_group()
    {
        using var engine = new GatedEngine();
        var timer = new StageTimer();
        engine.Release.Set();
        using (var headStart = new CommuteHeadStart(engine, timer))
        {
            headStart.Start(Cells);
            headStart.Join();
            Assert.True(headStart.Started);
        }

        Assert.Equal(["load cell_units", "load commutes", "loaded commutes", "prepare pairs"], engine.Calls);
        Assert.Equal([CommuteHeadStart.GroupName, CommuteHeadStart.LoadStage, EngineStages.Commutes], timer.Stages.Select(s => s.Stage));
        Assert.Equal([CommuteHeadStart.LoadStage, EngineStages.Commutes], timer.Stages[0].Members!);
        Assert.Equal(1, timer.Stages[1].Rows);
    }

    [Fact]
    public void A_failure_of_the_task_is_thrown_by_join_as_it_was_thrown()
    {
        using var engine = new GatedEngine { LoadFailure = new EvaluationException(ErrorCategory.Input, "engine duckdb could not read the commutes: bad page") };
        engine.Release.Set();
        using var headStart = new CommuteHeadStart(engine, new StageTimer());

        headStart.Start(Cells);

        Assert.Same(engine.LoadFailure, Assert.Throws<EvaluationException>(headStart.Join));
        Assert.DoesNotContain("prepare pairs", engine.Calls);
    }

    [Fact]
    public async Task A_run_failing_meanwhile_waits_for_the_load_under_way_and_never_starts_the_sums()
    {
        using var engine = new GatedEngine();
        var headStart = new CommuteHeadStart(engine, new StageTimer());
        headStart.Start(Cells);
        engine.Loading.Wait();

        // What the runner's using does when the land stages throw: dispose before the engine goes.
        var disposing = Task.Run(headStart.Dispose);
        var first = await Task.WhenAny(disposing, Task.Delay(300));
        Assert.NotSame(disposing, first);
        engine.Release.Set();
        await disposing;

        Assert.Equal(["load cell_units", "load commutes", "loaded commutes"], engine.Calls);
    }

    [Fact]
    public void A_run_without_commutes_starts_nothing()
    {
        using var engine = new GatedEngine();
        var timer = new StageTimer();
        using var headStart = new CommuteHeadStart(engine, timer);

        headStart.Start(Cells with { Mobility = null });
        headStart.Join();

        Assert.False(headStart.Started);
        Assert.Empty(engine.Calls);
        Assert.Empty(timer.Stages);
    }

    private sealed class GatedEngine : IEvaluationEngine
    {
        private readonly Lock _lock = new();
        private readonly List<string> _calls = [];

        public ManualResetEventSlim Loading { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public EvaluationException? LoadFailure { get; init; }

        public IReadOnlyList<string> Calls
        {
            get
            {
                lock (_lock)
                {
                    return [.. _calls];
                }
            }
        }

        public string Name => "gated";

        public string Version => "0";

        public void Load(FactTable table) => Log($"load {table.Name}");

        public void LoadAll(IReadOnlyList<FactTable> tables) => throw new NotSupportedException();

        public void LoadCommutes(CommuteSource source, IReadOnlyList<string> endCoverage, CommuteEnds ends)
        {
            Log("load commutes");
            Loading.Set();
            Release.Wait();
            if (LoadFailure is not null)
            {
                throw LoadFailure;
            }

            Log("loaded commutes");
        }

        public void PrepareCommutePairs(IReadOnlyList<IndicatorPlan> plans, IStageClock clock) =>
            clock.Time(EngineStages.Commutes, () =>
            {
                Log("prepare pairs");
                return 0L;
            });

        public CommuteCheckResult CheckCommutes() => throw new NotSupportedException();

        public IReadOnlyList<IndicatorValue> Evaluate(IndicatorPlan plan) => throw new NotSupportedException();

        public IReadOnlyList<IndicatorValue> EvaluateAll(IReadOnlyList<IndicatorPlan> plans, IStageClock clock) => throw new NotSupportedException();

        public void Dispose()
        {
            Loading.Dispose();
            Release.Dispose();
        }

        private void Log(string call)
        {
            lock (_lock)
            {
                _calls.Add(call);
            }
        }
    }
}
