namespace MasterPlanEval.Core.Diagnostics;

/// <summary>The process's resident memory now and its high-water mark since the process started, in bytes.</summary>
public readonly record struct MemoryReading(long ResidentBytes, long PeakBytes);
