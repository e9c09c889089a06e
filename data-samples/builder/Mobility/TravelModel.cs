namespace MasterPlanEval.SampleBuilder.Mobility;

/// <summary>
/// Mode shares by straight-line distance and door-to-door minutes by mode: an access/wait time plus the
/// network distance at a typical speed (walk 4.5, bike 11, bus 13, rail 28, car 17, other 15 km/h).
/// </summary>
public static class TravelModel
{
    public static readonly IReadOnlyList<string> Modes = ["walk", "bike", "bus", "rail", "car", "other"];

    private static readonly IReadOnlyDictionary<string, (double Access, double Speed)> Speeds = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["walk"] = (2, 4.5),
        ["bike"] = (4, 11),
        ["bus"] = (12, 13),
        ["rail"] = (16, 28),
        ["car"] = (7, 17),
        ["other"] = (6, 15),
    };

    /// <summary>Weights of walk, bike, bus, rail, car, other for a straight-line distance in km.</summary>
    public static IReadOnlyList<double> ModeWeights(double straightKm) => straightKm switch
    {
        < 1 => [0.55, 0.25, 0.10, 0.00, 0.05, 0.05],
        < 3 => [0.10, 0.30, 0.25, 0.15, 0.12, 0.08],
        < 6 => [0.00, 0.12, 0.28, 0.32, 0.20, 0.08],
        _ => [0.00, 0.00, 0.20, 0.45, 0.27, 0.08],
    };

    /// <summary>Weights for a commute crossing the city edge (long: no walking or cycling).</summary>
    public static IReadOnlyList<double> CrossingModeWeights => [0.00, 0.00, 0.15, 0.45, 0.30, 0.10];

    public static double Minutes(string mode, double networkKm) => Speeds[mode].Access + (networkKm / Speeds[mode].Speed * 60);
}
