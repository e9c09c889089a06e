namespace MasterPlanEval.SampleBuilder.Facilities;

/// <summary>
/// How one synthetic facility type is scattered: a jittered lattice of the given spacing with a share of
/// nodes left empty, and how many of the points open in 2023 and in 2024.
/// </summary>
public sealed record SyntheticKind(string Type, string IdPrefix, string NameZh, double SpacingMetres, double SkipShare, int Opening2023, int Opening2024)
{
    /// <summary>The types in file order; the spacings give realistic coverage and a few dozen of each.</summary>
    public static readonly IReadOnlyList<SyntheticKind> All =
    [
        new("park", "park", "口袋公园", 720, 0.20, 2, 1),
        new("clinic", "clinic", "社区卫生服务站", 1200, 0.10, 1, 1),
        new("primary_school", "ps", "样例小学", 1350, 0.15, 0, 1),
        new("middle_school", "ms", "样例中学", 1700, 0.15, 0, 0),
        new("elderly_care", "elder", "养老驿站", 1500, 0.15, 2, 1),
        new("market", "market", "便民菜市场", 1600, 0.15, 0, 0),
        new("sports", "sports", "全民健身场地", 1900, 0.15, 1, 0),
        new("bus_stop", "bus", "公交站", 740, 0.05, 0, 0),
    ];
}
