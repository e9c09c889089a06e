using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
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

    /// <summary>Loads every table, as <see cref="Load"/> would one after another; an engine may load them at once.</summary>
    void LoadAll(IReadOnlyList<FactTable> tables);

    /// <summary>
    /// Exposes the accepted rows of the mobility file, read and checked where it lies, as the commutes table.
    /// Needs the cell_units table loaded first: commute ends are located through it, and the coverage flags
    /// named in <paramref name="endCoverage"/> are read off it for each end (see <see cref="CellEndCoverage"/>).
    /// </summary>
    void LoadCommutes(CommuteSource source, IReadOnlyList<string> endCoverage, CommuteEnds ends);

    /// <summary>
    /// The counts and rejects of the loaded commutes. Called after <see cref="EvaluateAll"/>, it reuses that
    /// evaluation's scan of the commutes to count the accepted rows, and reads the file again only to list rejects.
    /// </summary>
    CommuteCheckResult CheckCommutes();

    IReadOnlyList<IndicatorValue> Evaluate(IndicatorPlan plan);

    /// <summary>
    /// Evaluates many plans, scanning each fact source once per level for all of them (the commutes once in all),
    /// and books the commute scan under <see cref="EngineStages.Commutes"/> and the rest under
    /// <see cref="EngineStages.Evaluate"/> on <paramref name="clock"/>.
    /// </summary>
    IReadOnlyList<IndicatorValue> EvaluateAll(IReadOnlyList<IndicatorPlan> plans, IStageClock clock);
}
