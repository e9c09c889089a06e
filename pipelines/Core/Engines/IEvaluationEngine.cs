using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Core.Engines;

/// <summary>
/// The relational stage: holds fact tables and evaluates indicator plans over them. Every engine renders
/// the same plans; it refuses at plan time what it cannot run, naming itself and the indicator.
/// </summary>
public interface IEvaluationEngine : IDisposable
{
    /// <summary>Name recorded in the manifest and scorecards (e.g. <c>duckdb</c>).</summary>
    string Name { get; }

    /// <summary>Engine and version, for the manifest.</summary>
    string Version { get; }

    void Load(FactTable table);

    IReadOnlyList<IndicatorValue> Evaluate(IndicatorPlan plan);

    /// <summary>Evaluates many plans, scanning each fact source once per level for all of them.</summary>
    IReadOnlyList<IndicatorValue> EvaluateAll(IReadOnlyList<IndicatorPlan> plans);
}
