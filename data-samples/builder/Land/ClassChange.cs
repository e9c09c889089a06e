namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>A parcel whose class changes between survey years, and why (shown in the README).</summary>
public sealed record ClassChange(string ParcelId, string Story, IReadOnlyDictionary<int, string> ClassByYear);
