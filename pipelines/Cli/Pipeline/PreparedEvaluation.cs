using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Quality;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Ingest;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Everything checked and computed before the engine runs: config, catalog, validated inputs, targets and
/// spatial facts, and which inputs have rows in each year (<see cref="Coverage"/>). Building one never writes a
/// file, so every user error surfaces before any output.
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
    IReadOnlyList<string> EndCoverage,
    InputCoverage Coverage)
{
    /// <summary>
    /// The same evaluation with the engine's check of the commutes added to the counts and rejects, and the years
    /// that have accepted commutes to the coverage.
    /// </summary>
    public PreparedEvaluation WithCommutes(CommuteCheckResult check) => this with
    {
        Counts = Counts.Append(UnusedRows.Commutes(check.Count, check.AcceptedByYear, Config.Years)).OrderBy(c => DatasetOrder(c.Dataset)).ToList(),
        Rejects = Rejects.Concat(check.Rejects).OrderBy(r => DatasetOrder(r.Dataset)).ToList(),
        Coverage = Coverage.WithInput(Datasets.Mobility, check.AcceptedByYear.Where(y => y.Value > 0).Select(y => y.Key)),
    };

    /// <summary>
    /// The composite indices this run computes: with <c>--indicator</c>, only those whose every component is
    /// evaluated, since an index over a part of its weight would read as a different index.
    /// </summary>
    public IReadOnlyList<CompositeSpec> Composites =>
        Config.Composites.Where(c => MissingComponents(c).Count == 0).ToList();

    /// <summary>Why a configured composite index is not computed, for the manifest.</summary>
    public IReadOnlyList<string> CompositeNotes =>
        Config.Composites
            .Select(c => (c.Id, Missing: MissingComponents(c)))
            .Where(c => c.Missing.Count > 0)
            .Select(c => $"composite '{c.Id}' not computed: --indicator leaves out {string.Join(", ", c.Missing)}")
            .ToList();

    private List<string> MissingComponents(CompositeSpec composite) =>
        composite.Weights.Keys.Where(id => !Indicators.Any(i => i.Id == id)).Order(StringComparer.Ordinal).ToList();

    private static int DatasetOrder(string dataset) => Datasets.All.ToList().IndexOf(dataset);
}
