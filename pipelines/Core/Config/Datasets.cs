namespace MasterPlanEval.Core.Config;

/// <summary>Names of the input datasets, as keys under <c>inputs:</c> in the evaluation config.</summary>
public static class Datasets
{
    public const string PlanningUnits = "planning_units";
    public const string PopulationGrid = "population_grid";
    public const string Census = "census";
    public const string LandUse = "land_use";
    public const string Facilities = "facilities";
    public const string Mobility = "mobility";
    public const string ControlLines = "control_lines";
    public const string RailLines = "rail_lines";

    public static IReadOnlyList<string> All { get; } =
        [PlanningUnits, PopulationGrid, Census, LandUse, Facilities, Mobility, ControlLines, RailLines];

    /// <summary>Datasets whose coordinates need a CRS.</summary>
    public static IReadOnlySet<string> Spatial { get; } =
        new HashSet<string>(StringComparer.Ordinal) { PlanningUnits, PopulationGrid, LandUse, Facilities, ControlLines, RailLines };
}
