namespace MasterPlanEval.Generator;

/// <summary>
/// One step of a generation: its wall time and the process's peak resident memory since it started, read when
/// the step ended (see <c>ProcessMemory</c>).
/// </summary>
public sealed record GeneratorStep(string Name, TimeSpan Elapsed, long PeakWorkingSetBytes);
