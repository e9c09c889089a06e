using System.Globalization;
using System.Text.Json;
using MasterPlanEval.Cli.Output;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// <c>validate</c>: checks the inputs only (ingest, targets, the spatial placement of cells, and the commutes,
/// which the engine reads) and writes the rejects report and a manifest into a validation folder; no
/// indicator is evaluated, no scorecard is written. With <c>--fail-on-rejects</c> any rejected row makes it exit 4.
/// </summary>
public static class ValidateCommand
{
    public static int Execute(CommandLine line, TextWriter output)
    {
        var options = RunCommand.Options(line);
        var failOnRejects = line.Flag("fail-on-rejects");
        Usage.ThrowIfProblems(line);
        var started = DateTimeOffset.UtcNow;
        var timer = new StageTimer();
        using var engine = EngineFactory.Create(options.Engine);
        var prepared = EvaluationPreparer.Prepare(options, timer);
        EngineLoad.Run(engine, prepared, timer);
        prepared = EngineLoad.CheckCommutes(engine, prepared, timer);
        var validationId = RunIdentity.Hash(prepared.Checksums.Select(c => $"input {c.Role} {c.Sha256}").Prepend("validate"))[..16];
        var folder = RunFolder.Create(options.OutDirectory, started, validationId);
        try
        {
            var rejects = EvaluationRunner.WriteRejects(folder, prepared);
            var manifest = EvaluationRunner.Manifest(folder.RunId, validationId, "validate", prepared, engine, started, DateTimeOffset.UtcNow, timer, [rejects]);
            AtomicFile.WriteAllText(folder.PathOf("manifest.json"), JsonSerializer.Serialize(manifest, ManifestJson.Options) + "\n");
            folder.Commit();
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        CountsTable.Print(output, prepared.Counts);
        var report = Path.Combine(folder.FinalPath, RejectsReport.FileName);
        output.WriteLine($"rejects report: {report}");
        // After the report is written: the analyst fixing a lost dataset needs its rejects listed.
        RejectShare.Check(prepared);
        var rejected = prepared.Counts.Where(c => c.Rejected > 0).ToList();
        if (failOnRejects && rejected.Count > 0)
        {
            // For a pipeline that must not go on with incomplete inputs; the report is written all the same.
            throw new EvaluationException(
                ErrorCategory.Input,
                $"{rejected.Sum(c => c.Rejected).ToString("N0", CultureInfo.InvariantCulture)} rows rejected ({string.Join(", ", rejected.Select(c => $"{c.Dataset} {c.Rejected.ToString("N0", CultureInfo.InvariantCulture)}"))}) and --fail-on-rejects is set; reasons in the rejects report",
                new SourceLocation(report));
        }

        return 0;
    }
}
