using System.Collections.Immutable;

namespace MasterPlanEval.Generator.Facilities;

/// <summary>
/// The facility types of the data contract, in a fixed order, with shares roughly as in Beijing's POI
/// data (bus stops most numerous, about one rail station per hundred facilities).
/// </summary>
internal static class FacilityMix
{
    public const string RailStation = "rail_station";

    public static ImmutableArray<FacilityType> Types { get; } =
    [
        new("bus_stop", 0.40, "公交站", 0.06, 0.6, 0.3),
        new("market", 0.13, "菜市场", 0.06, 1.0, 0.02),
        new("clinic", 0.12, "社区卫生服务站", 0.08, 0.8, 0.02),
        new("sports", 0.07, "体育场地", 0.08, 0.7, 0.1),
        new("elderly_care", 0.07, "养老驿站", 0.25, 0.9, 0.02),
        new("park", 0.08, "公园", 0.12, 0.9, 0.05),
        new("primary_school", 0.07, "小学", 0.05, 0.8, 0.02),
        new("middle_school", 0.05, "中学", 0.05, 0.8, 0.02),
        new(RailStation, 0.01, "地铁站", 0.15, 0, 0),
    ];

    /// <summary>How many of each type a total makes: at least one each, the rest of the rounding to bus stops.</summary>
    public static int[] Counts(int total)
    {
        var counts = Types.Select(t => Math.Max(1, (int)Math.Floor(t.Share * total))).ToArray();
        counts[0] += total - counts.Sum();
        return counts;
    }
}
