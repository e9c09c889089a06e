namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// How long one stage took, how many rows it handled (when it counts them) and the peak resident memory of the
/// process while it ran (MiB, sampled every few ms: see <see cref="Core.Diagnostics.PeakMemorySampler"/>).
/// </summary>
public sealed record StageTime(string Stage, double Seconds, long? Rows, long PeakMib);
