using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Hands the spatial facts to the engine with the commutes, read and checked where they lie; once the engine
/// has evaluated (or right away, for a run that only validates), the commute check's counts and rejects join
/// the other datasets', so the run reports every row of every input.
/// </summary>
public static class EngineLoad
{
    /// <summary>Loads the facts and the commutes; with <paramref name="commutesLoaded"/>, all but those <see cref="LoadCommutes"/> loaded.</summary>
    public static void Run(IEvaluationEngine engine, PreparedEvaluation prepared, StageTimer timer, bool commutesLoaded = false) =>
        timer.Time("engine.load", () => commutesLoaded ? LoadAllBut(engine, prepared.Facts.Tables, FactSchemas.CellUnitsTable) : LoadFacts(engine, prepared), rows => rows);

    /// <summary>The cell_units table and the commutes located through it; returns the table's rows.</summary>
    public static long LoadCommutes(IEvaluationEngine engine, FactTable cellUnits, CommuteSource mobility, IReadOnlyList<string> endCoverage)
    {
        engine.Load(cellUnits);
        LocateCommutes(engine, cellUnits, mobility, endCoverage);
        return cellUnits.RowCount;
    }

    /// <summary>The evaluation with the engine's check of the commutes added (after EvaluateAll, it costs no scan).</summary>
    public static PreparedEvaluation CheckCommutes(IEvaluationEngine engine, PreparedEvaluation prepared, StageTimer timer) =>
        prepared.Data.Mobility is null
            ? prepared
            : prepared.WithCommutes(timer.Time("commutes.check", engine.CheckCommutes, c => c.Count.Read));

    private static long LoadFacts(IEvaluationEngine engine, PreparedEvaluation prepared)
    {
        engine.LoadAll(prepared.Facts.Tables);

        if (prepared.Data.Mobility is { } mobility)
        {
            LocateCommutes(engine, prepared.Facts.Tables.Single(t => t.Name == FactSchemas.CellUnitsTable), mobility, prepared.EndCoverage);
        }
        else
        {
            engine.Load(FactSchemas.NoCommutes(prepared.EndCoverage));
        }

        return prepared.Facts.Tables.Sum(t => (long)t.RowCount);
    }

    private static long LoadAllBut(IEvaluationEngine engine, IReadOnlyList<FactTable> tables, string loaded)
    {
        var rest = tables.Where(t => t.Name != loaded).ToList();
        engine.LoadAll(rest);
        return rest.Sum(t => (long)t.RowCount);
    }

    private static void LocateCommutes(IEvaluationEngine engine, FactTable cellUnits, CommuteSource mobility, IReadOnlyList<string> endCoverage) =>
        engine.LoadCommutes(mobility, endCoverage, CommuteEnds.For(cellUnits, mobility));
}
