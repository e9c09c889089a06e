namespace MasterPlanEval.Cli.Pipeline;

/// <summary>How long one stage took, how many rows it handled (when it counts them) and the peak memory (MiB) during it.</summary>
public sealed record StageTime(string Stage, double Seconds, long? Rows, long PeakMib);
