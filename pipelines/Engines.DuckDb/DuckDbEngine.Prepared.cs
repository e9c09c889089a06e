using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>The commute pair sums computed ahead of <see cref="EvaluateAll"/>, while the caller still computes other facts.</summary>
public sealed partial class DuckDbEngine
{
    private (IReadOnlyList<IndicatorPlan> Plans, SqlBatch Batch)? _prepared;

    public void PrepareCommutePairs(IReadOnlyList<IndicatorPlan> plans, IStageClock clock)
    {
        var batch = _renderer.RenderBatch(plans);
        _prepared = null;
        try
        {
            clock.Time(EngineStages.Commutes, () => PairAggregations(batch).Sum(Materialise), rows => rows);
        }
        catch (Exception ex)
        {
            DropPairs(batch);

            // As EvaluateAll: a commuting file that cannot be read to its end is the input's fault.
            if (ex is EvaluationException { Category: ErrorCategory.Engine } && UnreadableCommutes() is { } input)
            {
                throw input;
            }

            throw;
        }

        // The plans are kept as given: EvaluateAll reuses the sums only for the very same plans, whose batch this is.
        _prepared = (plans.ToList(), batch);
    }

    // The batch whose pair sums are already built when these are the plans they were built for; either way the
    // engine forgets them, since EvaluateAll drops every aggregation of its batch when it ends.
    private SqlBatch? TakePrepared(IReadOnlyList<IndicatorPlan> plans)
    {
        if (_prepared is not { } prepared)
        {
            return null;
        }

        _prepared = null;
        if (prepared.Plans.SequenceEqual(plans))
        {
            return prepared.Batch;
        }

        DropPairs(prepared.Batch);
        return null;
    }

    private void DropPairs(SqlBatch batch)
    {
        foreach (var aggregation in PairAggregations(batch))
        {
            Execute($"DROP TABLE IF EXISTS {aggregation.Table}");
        }
    }

    private static List<SqlAggregation> PairAggregations(SqlBatch batch) =>
        batch.Aggregations.Where(a => a.Table == SqlRenderer.PairTable(FactSchemas.CommutesTable)).ToList();
}
