namespace MasterPlanEval.Core.Model;

/// <summary>The facility types the data contract accepts.</summary>
public static class FacilityTypes
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "park", "clinic", "primary_school", "middle_school", "elderly_care", "market", "sports", "rail_station", "bus_stop",
    };
}
