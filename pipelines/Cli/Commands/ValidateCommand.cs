using System.Text.Json;
using MasterPlanEval.Cli.Output;
using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Scorecards;

namespace MasterPlanEval.Cli.Commands;

/// <summary>
/// <c>validate</c>: checks the inputs only (ingest, targets, the spatial placement of cells, and the commutes,
/// which the engine reads) and writes the rejects report and a manifest into a validation folder; no
/// indicator is evaluated, no scorecard is written.
/// </summary>
public static class ValidateCommand
{
    public static int Execute(CommandLine line, TextWriter output)
    {
        var options = RunCommand.Options(line);
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
        output.WriteLine($"rejects report: {Path.Combine(folder.FinalPath, RejectsReport.FileName)}");
        return 0;
    }
}
