namespace MasterPlanEval.Generator;

/// <summary>
/// One step of a generation: its wall time and the process's peak working set when it ended (since
/// process start, or since the last reset of the peak: see <c>ProcessMemory</c>).
/// </summary>
public sealed record GeneratorStep(string Name, TimeSpan Elapsed, long PeakWorkingSetBytes);
