namespace MasterPlanEval.Core.Mobility;

/// <summary>The columns of the mobility dataset, in the data contract's order.</summary>
public static class CommuteColumns
{
    public const string Year = "year";
    public const string HomeCell = "home_cell";
    public const string WorkCell = "work_cell";
    public const string Minutes = "minutes";
    public const string Mode = "mode";
    public const string Persons = "persons";
    public const string DistanceKm = "distance_km";

    public static IReadOnlyList<string> All { get; } = [Year, HomeCell, WorkCell, Minutes, Mode, Persons, DistanceKm];

    public static IReadOnlyList<string> Required { get; } = [Year, HomeCell, WorkCell, Minutes, Mode];
}
