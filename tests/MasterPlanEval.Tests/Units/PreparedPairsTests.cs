using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// The commute pair sums built ahead of the evaluation (<see cref="IEvaluationEngine.PrepareCommutePairs"/>): the
/// evaluation of the same plans reads them instead of scanning again, gives the values it gives alone, and forgets them.
/// </summary>
public sealed class PreparedPairsTests
{
    // Sub-district 1 is home to 2 + 1 = 3 persons, sub-district 2 to 4.
    private static readonly CommuteRow[] Rows =
    [
        new(2024, 1, 2, Persons: 2, Minutes: 10, DistanceKm: 1, Mode: "bus"),
        new(2024, 1, 2, Persons: 1, Minutes: 20, DistanceKm: 2, Mode: "car"),
        new(2024, 2, 1, Persons: 4, Minutes: 30, DistanceKm: 3, Mode: "walk"),
    ];

    [Fact]
    public void The_evaluation_of_the_prepared_plans_books_no_commute_scan_and_gives_the_same_values()
    {
        using var tables = new PairTables(Rows, subdistricts: 2);
        var plans = PairTables.Plans(["sum(commutes_by_home.persons)"]);
        var clock = new StageLog();

        tables.Engine.PrepareCommutePairs(plans, clock);
        var values = tables.Engine.EvaluateAll(plans, clock);

        Assert.Equal([EngineStages.Commutes, EngineStages.Evaluate], clock.Stages);
        Assert.Equal([("s1", 3.0), ("s2", 4.0)], Subdistricts(values));
    }

    [Fact]
    public void The_sums_serve_one_evaluation_and_other_plans_scan_for_their_own()
    {
        using var tables = new PairTables(Rows, subdistricts: 2);
        var prepared = PairTables.Plans(["sum(commutes_by_home.persons)"]);
        var other = PairTables.Plans(["sum(commutes_by_work.persons)"]);
        var clock = new StageLog();

        tables.Engine.PrepareCommutePairs(prepared, clock);
        var byWork = tables.Engine.EvaluateAll(other, clock);
        var again = tables.Engine.EvaluateAll(prepared, clock);

        Assert.Equal([EngineStages.Commutes, EngineStages.Commutes, EngineStages.Evaluate, EngineStages.Commutes, EngineStages.Evaluate], clock.Stages);
        // Sub-district 1 is the workplace of the 4 persons, sub-district 2 of 2 + 1.
        Assert.Equal([("s1", 4.0), ("s2", 3.0)], Subdistricts(byWork));
        Assert.Equal([("s1", 3.0), ("s2", 4.0)], Subdistricts(again));
    }

    private static IEnumerable<(string, double)> Subdistricts(IReadOnlyList<IndicatorValue> values) =>
        values.Where(v => v.Level == Core.Model.UnitLevel.Subdistrict).OrderBy(v => v.UnitId, StringComparer.Ordinal).Select(v => (v.UnitId, v.Value ?? double.NaN));

    private sealed class StageLog : IStageClock
    {
        public List<string> Stages { get; } = [];

        public T Time<T>(string stage, Func<T> work, Func<T, long>? rows = null)
        {
            var result = work();
            Stages.Add(stage);
            return result;
        }
    }
}
