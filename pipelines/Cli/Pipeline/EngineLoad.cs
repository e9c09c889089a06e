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
    public static void Run(IEvaluationEngine engine, PreparedEvaluation prepared, StageTimer timer) =>
        timer.Time("engine.load", () => LoadFacts(engine, prepared), rows => rows);

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
            var cellUnits = prepared.Facts.Tables.Single(t => t.Name == FactSchemas.CellUnitsTable);
            engine.LoadCommutes(mobility, prepared.EndCoverage, CommuteEnds.For(cellUnits, mobility));
        }
        else
        {
            engine.Load(FactSchemas.NoCommutes(prepared.EndCoverage));
        }

        return prepared.Facts.Tables.Sum(t => (long)t.RowCount);
    }
}
