using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Ingest;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Everything checked and computed before the engine runs: config, catalog, validated inputs, targets and
/// spatial facts. Building one never writes a file, so every user error surfaces before any output.
/// </summary>
public sealed record PreparedEvaluation(
    EvaluationConfig Config,
    IndicatorCatalog Catalog,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IngestedData Data,
    PlanTargets Targets,
    SpatialFacts Facts,
    IReadOnlyList<InputChecksum> Checksums,
    IReadOnlyList<DatasetCount> Counts,
    IReadOnlyList<Reject> Rejects,
    IReadOnlyList<string> EndCoverage)
{
    /// <summary>The same evaluation with the engine's check of the commutes added to the counts and rejects.</summary>
    public PreparedEvaluation WithCommutes(CommuteCheckResult check) => this with
    {
        Counts = Counts.Append(check.Count).OrderBy(c => DatasetOrder(c.Dataset)).ToList(),
        Rejects = Rejects.Concat(check.Rejects).OrderBy(r => DatasetOrder(r.Dataset)).ToList(),
    };

    private static int DatasetOrder(string dataset) => Datasets.All.ToList().IndexOf(dataset);
}
