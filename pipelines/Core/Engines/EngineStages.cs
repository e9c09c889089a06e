namespace MasterPlanEval.Core.Engines;

/// <summary>The stages an engine books its own work under in the run's stage times (see <see cref="IEvaluationEngine.EvaluateAll"/>).</summary>
public static class EngineStages
{
    /// <summary>The commuting stage: the one scan of the mobility file that checks, locates and sums every commute.</summary>
    public const string Commutes = "commutes";

    /// <summary>Every other aggregation and each indicator's query.</summary>
    public const string Evaluate = "engine.evaluate";
}
