using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Hands the spatial facts to the engine, then lets it read and check the commutes where they lie; the
/// check's counts and rejects join the other datasets', so the run reports every row of every input.
/// </summary>
public static class EngineLoad
{
    public static PreparedEvaluation Run(IEvaluationEngine engine, PreparedEvaluation prepared, StageTimer timer)
    {
        timer.Time("engine.load", () => LoadFacts(engine, prepared), rows => rows);
        if (prepared.Data.Mobility is not { } mobility)
        {
            engine.Load(FactSchemas.NoCommutes(prepared.EndCoverage));
            return prepared;
        }

        var check = timer.Time("engine.commutes", () => engine.LoadCommutes(mobility, prepared.EndCoverage), c => c.Count.Read);
        return prepared.WithCommutes(check);
    }

    private static long LoadFacts(IEvaluationEngine engine, PreparedEvaluation prepared)
    {
        foreach (var table in prepared.Facts.Tables)
        {
            engine.Load(table);
        }

        return prepared.Facts.Tables.Sum(t => (long)t.RowCount);
    }
}
