using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Indicators.Targets;
using MasterPlanEval.Ingest;
using MasterPlanEval.Ingest.Config;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Runs the stages up to the engine: config, catalog, ingest and validation, targets, spatial. The commutes
/// are checked by the engine that reads them (see <see cref="EngineLoad"/>).
/// </summary>
public static class EvaluationPreparer
{
    public const string CellOutsideReason = "cell centroid lies in no sub-district";

    public const string ParcelOutsideReason = "parcel overlaps no sub-district";

    public static PreparedEvaluation Prepare(RunOptions options, StageTimer timer)
    {
        var config = timer.Time("config", () => ConfigLoader.Load(options.ConfigPath, options.Years));
        // Hashing the inputs needs nothing the stages compute and took 0.4 s of the benchmark run (SHA-256 of a 358 MB
        // commuting file) while the other core idled: on a thread of its own it is done long before the manifest needs it.
        var checksums = Task.Factory.StartNew(() => Checksums(config), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var catalog = timer.Time("catalog", () => CatalogLoader.Load(config.CatalogDirectory));
        CheckComposites(config, catalog);
        var indicators = options.IndicatorIds.Count == 0 ? catalog.Indicators : WithReferences(catalog, options.IndicatorIds.Select(catalog.Get));
        var landClasses = Path.Combine(Path.GetDirectoryName(config.CatalogDirectory.TrimEnd(Path.DirectorySeparatorChar))!, "land-classes");
        var data = timer.Time("ingest", () => IngestStage.Run(config, landClasses), d => d.Counts.Sum(c => c.Read));
        CrsSanityCheck.Check(data, config);
        var unitIds = data.AllUnits.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var targets = config.TargetsPath is null ? PlanTargets.None : timer.Time("targets", () => TargetsLoader.Load(config.TargetsPath, catalog, unitIds));
        var facts = SpatialStage.Run(
            new SpatialInputs(
            data.AllUnits,
            data.Grid.Accepted,
            data.Census.Accepted,
            data.LandUse?.Accepted ?? [],
            data.Facilities?.Accepted ?? [],
            data.ControlLines?.Accepted ?? [],
            data.RailLines?.Accepted ?? [],
            config.Years,
            CoverageRequirements(indicators.Select(i => catalog.Plans[i.Id]))),
            timer);
        var endCoverage = EndCoverage(indicators.Select(i => catalog.Plans[i.Id]));
        facts = facts with { Tables = [.. WithEndCoverage(facts.Tables, endCoverage), ZoneMembers(data, facts.Numbers)] };
        var (counts, rejects) = WithOutside(data, facts);
        counts = UnusedRows.Count(counts, data, facts.CellsOutside.Select(c => (c.CellId, c.Year)).ToHashSet(), config.Years);
        var coverage = InputCoverageScan.Scan(data, facts, config.Years);
        return new PreparedEvaluation(config, catalog, indicators, data, targets, facts, checksums.GetAwaiter().GetResult(), counts, rejects, endCoverage, coverage);
    }

    private static void CheckComposites(MasterPlanEval.Core.Config.EvaluationConfig config, IndicatorCatalog catalog)
    {
        foreach (var (composite, index) in config.Composites.Select((c, i) => (c, i)))
        {
            var unknown = composite.Weights.Keys.FirstOrDefault(id => !catalog.Plans.ContainsKey(id));
            if (unknown is not null)
            {
                throw new EvaluationException(
                    ErrorCategory.Config,
                    $"composite '{composite.Id}' weighs unknown indicator '{unknown}'",
                    new SourceLocation(config.ConfigPath, null, $"composite[{index}].weights.{unknown}"));
            }
        }
    }

    /// <summary>The chosen indicators and, for a cross-year one, every indicator its formula reads (transitively).</summary>
    public static IReadOnlyList<IndicatorDefinition> WithReferences(IndicatorCatalog catalog, IEnumerable<IndicatorDefinition> chosen)
    {
        var result = new List<IndicatorDefinition>();
        var pending = new Queue<IndicatorDefinition>(chosen);
        while (pending.TryDequeue(out var indicator))
        {
            if (result.Any(i => i.Id == indicator.Id))
            {
                continue;
            }

            result.Add(indicator);
            foreach (var reference in catalog.Plans[indicator.Id].References)
            {
                pending.Enqueue(catalog.Get(reference.IndicatorId));
            }
        }

        return result;
    }

    /// <summary>The coverage flags the plans read, from the cell columns their formulas name, directly or through a commute end.</summary>
    public static IReadOnlyList<CoverageRequirement> CoverageRequirements(IEnumerable<IndicatorPlan> plans) =>
        plans.SelectMany(p => p.Aggregates)
            .SelectMany(a => PlanWalker.Columns(a).Select(c => a.Source == FactSchemas.Cells.Name ? c : EndCellColumn(c)))
            .Select(c => c is not null && FactSchemas.TryParseCoverageColumn(c, out var type, out var radius) ? new CoverageRequirement(type, radius) : null)
            .OfType<CoverageRequirement>()
            .Distinct()
            .ToList();

    /// <summary>The cells' coverage flags the plans read at a commute end (home_covered_rail_station_800m → covered_rail_station_800m).</summary>
    public static IReadOnlyList<string> EndCoverage(IEnumerable<IndicatorPlan> plans) =>
        plans.SelectMany(p => p.Aggregates)
            .SelectMany(PlanWalker.Columns)
            .Select(EndCellColumn)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<FactTable> WithEndCoverage(IReadOnlyList<FactTable> tables, IReadOnlyList<string> endCoverage)
    {
        var cells = tables.Single(t => t.Name == FactSchemas.Cells.Table);
        return tables.Select(t => t.Name == FactSchemas.CellUnitsTable ? CellEndCoverage.Extend(t, cells, endCoverage) : t);
    }

    private static FactTable ZoneMembers(IngestedData data, SubdistrictNumbers numbers) =>
        FactSchemas.ZoneMembers(data.Zones.SelectMany(z => z.SubdistrictIds.Select(s => (z.Unit.Id, s))).ToList(), numbers);

    // A commute end's flag (home_covered_rail_station_800m) is the cells' flag of that end's cell.
    private static string? EndCellColumn(string column) =>
        FactSchemas.TryParseEndColumn(column, out _, out var cellColumn) ? cellColumn : null;

    // Cells and parcels outside every sub-district pass ingest but cannot be used: they move from accepted to
    // rejected, so no row disappears from the counts.
    private static (IReadOnlyList<DatasetCount>, IReadOnlyList<Reject>) WithOutside(IngestedData data, SpatialFacts facts)
    {
        var grid = data.Grid;
        var rejects = facts.CellsOutside
            .Select(c => grid.Reject($"cell {c.CellId} year {c.Year}", "x", CellOutsideReason))
            .Concat(facts.ParcelsOutside.Select(p => data.LandUse!.Reject($"parcel {p.Id} year {p.Year}", "geometry", ParcelOutsideReason)))
            .ToList();
        var moved = rejects.GroupBy(r => r.Dataset).ToDictionary(g => g.Key, g => (long)g.Count());
        var counts = data.Counts
            .Select(c => moved.TryGetValue(c.Dataset, out var n) ? c with { Accepted = c.Accepted - n, Rejected = c.Rejected + n } : c)
            .ToList();
        return (counts, data.Rejects.Concat(rejects).ToList());
    }

    private static List<InputChecksum> Checksums(MasterPlanEval.Core.Config.EvaluationConfig config)
    {
        var files = new List<InputChecksum> { InputChecksum.Of("config", config.ConfigPath) };
        if (config.TargetsPath is not null)
        {
            files.Add(InputChecksum.Of("targets", config.TargetsPath));
        }

        files.AddRange(config.Inputs.Values.Select(i => InputChecksum.Of(i.Dataset, i.Path)));
        return files;
    }
}
