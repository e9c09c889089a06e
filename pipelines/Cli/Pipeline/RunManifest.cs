using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// manifest.json of a run: what went in (files and checksums, counts), what defined the numbers (catalog
/// version and hash, engine, tool version), how long each stage took and what came out. The run id (start time and
/// a hash) and the times are here only; the Parquet files carry the time-free <see cref="EvaluationId"/>
/// (<see cref="RunIdentity.EvaluationId"/>), so two runs of one evaluation write the same bytes.
/// <see cref="ProcessPeakMib"/> is the process's peak memory up to the manifest as the OS reports it (VmHWM, what
/// /usr/bin/time shows; see <see cref="StageTimer.ProcessPeakMib"/>); each stage's own peak, sampled while it ran, is in
/// <see cref="Stages"/>.
/// </summary>
public sealed record RunManifest(
    string RunId,
    string EvaluationId,
    string Command,
    string ToolVersion,
    string Engine,
    string EngineVersion,
    string CatalogVersion,
    string CatalogHash,
    string CityId,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Indicators,
    string WorkingCrs,
    string TargetsPlan,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    IReadOnlyList<InputChecksum> Inputs,
    IReadOnlyList<DatasetCount> Datasets,
    int GeometryRepairs,
    IReadOnlyList<StageTime> Stages,
    long ProcessPeakMib,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<string> Notes);

/// <summary>A file the run wrote, relative to the run folder.</summary>
public sealed record OutputFile(string File, long Rows, string Sha256);
