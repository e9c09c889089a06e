using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using MasterPlanEval.Cli.Output;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Core.Quality;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// The whole annual evaluation: prepare (config → catalog → ingest → targets → spatial), load the facts
/// into the engine, evaluate every indicator plan, judge targets, and write scorecards, rejects and the
/// manifest into a run folder that appears only when complete.
/// </summary>
public static class EvaluationRunner
{
    public static string ToolVersion => ToolBuild.Split('+')[0];

    /// <summary>The version with the commit it was built from (0.1.0+727f1c4…): what the evaluation id names.</summary>
    public static string ToolBuild =>
        typeof(EvaluationRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static Task<RunResult> RunAsync(RunOptions options, CancellationToken cancellationToken) =>
        RunAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>A run whose start and finish times (the run id, the manifest) come from <paramref name="clock"/>.</summary>
    public static async Task<RunResult> RunAsync(RunOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var timer = new StageTimer();
        using var engine = EngineFactory.Create(options.Engine);
        var prepared = EvaluationPreparer.Prepare(options, timer);
        EngineLoad.Run(engine, prepared, timer);
        var plans = prepared.Indicators.Select(i => prepared.Catalog.Plans[i.Id]).ToList();
        var sums = engine.EvaluateAll(plans.Where(p => !p.IsCrossYear).ToList(), timer);
        prepared = EngineLoad.CheckCommutes(engine, prepared, timer);
        RejectShare.Check(prepared);
        var values = Combine(plans, sums, prepared);
        var evaluationId = RunIdentity.EvaluationId(prepared, engine.Name, ToolBuild);
        var folder = RunFolder.Create(options.OutDirectory, started, evaluationId);
        try
        {
            var rows = ScorecardAssembler.Assemble(evaluationId, engine.Name, prepared.Catalog, prepared.Data.AllUnits, prepared.Targets, values);
            var outputs = await timer.TimeAsync("scorecards", () => WriteOutputsAsync(folder, prepared, rows, cancellationToken), o => o.Sum(f => f.Rows));
            var manifest = Manifest(folder.RunId, evaluationId, "run", prepared, engine, started, clock.GetUtcNow(), timer, outputs);
            AtomicFile.WriteAllText(folder.PathOf("manifest.json"), JsonSerializer.Serialize(manifest, ManifestJson.Options) + "\n");
            folder.Commit();
            return new RunResult(folder.FinalPath, manifest, rows);
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    public static RunManifest Manifest(
        string runId,
        string evaluationId,
        string command,
        PreparedEvaluation prepared,
        IEvaluationEngine? engine,
        DateTimeOffset started,
        DateTimeOffset finished,
        StageTimer timer,
        IReadOnlyList<OutputFile> outputs) =>
        new(
            runId,
            evaluationId,
            command,
            ToolVersion,
            engine?.Name ?? "none",
            engine?.Version ?? "none",
            prepared.Catalog.Version,
            prepared.Catalog.ContentHash,
            prepared.Config.CityId,
            prepared.Config.Years,
            prepared.Indicators.Select(i => i.Id).ToList(),
            prepared.Config.WorkingCrs,
            prepared.Targets.PlanId,
            started,
            finished,
            prepared.Checksums,
            prepared.Counts,
            prepared.Data.Repairs.Count,
            timer.Stages,
            timer.ProcessPeakMib(),
            outputs,
            prepared.Facts.Notes.Concat(prepared.CompositeNotes).ToList());

    // Sums run in the engine; a sum over an input without rows becomes a missing value (MissingData), and the
    // cross-year formulas then combine the values (CrossYearEvaluator), passing on what is missing.
    private static List<IndicatorValue> Combine(IReadOnlyList<IndicatorPlan> plans, IReadOnlyList<IndicatorValue> sums, PreparedEvaluation prepared)
    {
        var values = MissingData.Apply(sums, plans, prepared.Coverage).ToList();
        values.AddRange(CrossYearEvaluator.Evaluate(plans.Where(p => p.IsCrossYear).ToList(), values, prepared.Config.Years));
        return values;
    }

    private static async Task<IReadOnlyList<OutputFile>> WriteOutputsAsync(
        RunFolder folder, PreparedEvaluation prepared, IReadOnlyList<ScorecardRow> rows, CancellationToken cancellationToken)
    {
        var outputs = new List<OutputFile>();
        foreach (var year in prepared.Config.Years)
        {
            var file = $"scorecard_{year}.parquet";
            var yearRows = rows.Where(r => r.Year == year).ToList();
            await ScorecardWriter.WriteAsync(folder.PathOf(file), yearRows, cancellationToken);
            outputs.Add(new OutputFile(file, yearRows.Count, Sha256(folder.PathOf(file))));
            var summaryFile = $"summary_{year}.parquet";
            var summary = DimensionSummaryRow.Summarize(yearRows);
            await DimensionSummaryWriter.WriteAsync(folder.PathOf(summaryFile), summary, cancellationToken);
            outputs.Add(new OutputFile(summaryFile, summary.Count, Sha256(folder.PathOf(summaryFile))));
            if (prepared.Composites.Count > 0)
            {
                var compositeFile = $"composite_{year}.parquet";
                var composites = CompositeRow.Compute(yearRows, prepared.Composites);
                await CompositeWriter.WriteAsync(folder.PathOf(compositeFile), composites, cancellationToken);
                outputs.Add(new OutputFile(compositeFile, composites.Count, Sha256(folder.PathOf(compositeFile))));
            }
        }

        outputs.Add(WriteRejects(folder, prepared));
        return outputs;
    }

    public static OutputFile WriteRejects(RunFolder folder, PreparedEvaluation prepared)
    {
        AtomicFile.WriteAllText(folder.PathOf(RejectsReport.FileName), RejectsReport.Render(prepared.Rejects, prepared.Data.Repairs));
        return new OutputFile(RejectsReport.FileName, prepared.Rejects.Count + prepared.Data.Repairs.Count, Sha256(folder.PathOf(RejectsReport.FileName)));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
