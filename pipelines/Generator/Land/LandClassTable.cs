using System.Collections.Immutable;

namespace MasterPlanEval.Generator.Land;

/// <summary>
/// Land-use classes of 国土空间调查、规划、用途管制用地用海分类 (2023) with relative weights in the built-up
/// core, the rural plain and the hills; a parcel's class is drawn from the mix of the three for its
/// place. Codes are second-level where the guide has them (0701 urban housing, 0703 village housing,
/// 1207 roads ...), so the evaluation's longest-prefix mapping is exercised. Roughly Beijing's third
/// land survey: forest dominates the hills, farmland and villages the plain, housing and roads the core.
/// </summary>
internal static class LandClassTable
{
    public const string Classification = "gb-land-sea-2023";

    public static ImmutableArray<LandClassWeight> Classes { get; } =
    [
        new("0101", 0, 10, 0), new("0102", 0, 14, 0), new("0103", 0, 9, 3),
        new("0201", 0, 8, 6), new("0301", 0, 12, 50), new("0303", 0, 3, 12),
        new("0401", 0, 3, 8), new("0503", 0, 1, 1), new("0601", 0, 3, 0),
        new("0701", 30, 0.5, 0), new("0702", 3, 0, 0), new("0703", 0, 5, 3), new("0704", 0, 0.5, 0),
        new("0801", 2, 0, 0), new("0804", 4, 0.3, 0), new("0806", 2, 0, 0),
        new("0901", 8, 0.5, 1), new("0902", 6, 0, 0),
        new("1001", 3, 2, 0), new("1002", 0, 0.5, 1), new("1101", 1, 0.5, 0),
        new("1201", 0, 1, 0), new("1202", 0, 3, 1), new("1206", 1, 0, 0), new("1207", 16, 1.5, 0), new("1208", 1, 0, 0),
        new("1301", 2, 0.5, 0), new("1401", 9, 0, 0), new("1402", 3, 0.5, 0), new("1403", 1, 0, 0),
        new("15", 1, 0.5, 0.5), new("16", 2, 0, 0),
        new("1701", 2, 3, 2), new("1703", 0, 1, 3), new("2301", 1, 3, 4),
    ];

    /// <summary>What a parcel that changes between survey years becomes: redevelopment and greening.</summary>
    public static ImmutableArray<(string Code, double Weight)> Redevelopment { get; } =
    [
        ("0701", 40), ("0901", 12), ("1401", 25), ("0804", 5), ("1207", 10), ("16", 8),
    ];
}
