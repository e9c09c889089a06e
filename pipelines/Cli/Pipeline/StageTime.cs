namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// How long one stage took, how many rows it handled (when it counts them), the peak resident memory of the
/// process while it ran (MiB, sampled every few ms: see <see cref="Core.Diagnostics.PeakMemorySampler"/>) and the
/// processor time the process spent meanwhile (all its threads: on a machine other work shares, wall time varies
/// with the load, processor time much less).
/// </summary>
public sealed record StageTime(string Stage, double Seconds, long? Rows, long PeakMib, double CpuSeconds);
