namespace MasterPlanEval.Core.Model;

/// <summary>The commute modes the data contract accepts.</summary>
public static class CommuteModes
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "walk", "bike", "bus", "rail", "car", "other",
    };
}
