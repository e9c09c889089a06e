namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// How one stage ran: when it started (seconds since the run's timer started) and how long it took, how many rows it
/// handled (when it counts them), the peak resident memory of the process while it ran (MiB, sampled every few ms:
/// see <see cref="Core.Diagnostics.PeakMemorySampler"/>) and the processor time the process spent meanwhile (all its
/// threads: on a machine other work shares, wall time varies with the load, processor time much less). A stage that
/// ran at the same time as others has no processor time of its own (null): the process's time then belongs to all of
/// them, and is booked once, on the record of their group, whose <see cref="Members"/> name them (null on any other).
/// </summary>
public sealed record StageTime(
    string Stage,
    double StartSeconds,
    double Seconds,
    long? Rows,
    long PeakMib,
    double? CpuSeconds,
    IReadOnlyList<string>? Members = null);
