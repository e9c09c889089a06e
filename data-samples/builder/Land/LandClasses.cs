namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>
/// The GB land-use codes the sample uses (国土空间调查、规划、用途管制用地用海分类, 2023), with the flags of
/// indicators/land-classes/gb-land-sea-2023.yaml restated here so the builder's own indicator check stays
/// independent of the pipeline. Codes finer than the YAML (0901, 1402, ...) map there by longest prefix.
/// </summary>
public static class LandClasses
{
    public static readonly IReadOnlyDictionary<string, LandClass> ByCode = new[]
    {
        new LandClass("0103", "旱地", Construction: false, UrbanRural: false),
        new LandClass("0301", "乔木林地", Construction: false, UrbanRural: false),
        new LandClass("0701", "城镇住宅用地", Construction: true, UrbanRural: true),
        new LandClass("0801", "机关团体用地", Construction: true, UrbanRural: true),
        new LandClass("0802", "科研用地", Construction: true, UrbanRural: true),
        new LandClass("0803", "文化用地", Construction: true, UrbanRural: true),
        new LandClass("0804", "教育用地", Construction: true, UrbanRural: true),
        new LandClass("0805", "体育用地", Construction: true, UrbanRural: true),
        new LandClass("0806", "医疗卫生用地", Construction: true, UrbanRural: true),
        new LandClass("0901", "商业用地", Construction: true, UrbanRural: true),
        new LandClass("0902", "商务金融用地", Construction: true, UrbanRural: true),
        new LandClass("1001", "工业用地", Construction: true, UrbanRural: true),
        new LandClass("1101", "物流仓储用地", Construction: true, UrbanRural: true),
        new LandClass("1201", "铁路用地", Construction: true, UrbanRural: false),
        new LandClass("1207", "城镇村道路用地", Construction: true, UrbanRural: true),
        new LandClass("1301", "供水用地", Construction: true, UrbanRural: true),
        new LandClass("1401", "公园绿地", Construction: true, UrbanRural: true),
        new LandClass("1402", "防护绿地", Construction: true, UrbanRural: true),
        new LandClass("1403", "广场用地", Construction: true, UrbanRural: true),
        new LandClass("1501", "军事设施用地", Construction: true, UrbanRural: true),
        new LandClass("1702", "湖泊水面", Construction: false, UrbanRural: false),
    }.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The mix of classes for an ordinary block (no landmark), as weights.</summary>
    public static readonly IReadOnlyList<(string Code, double Weight)> OrdinaryMix =
    [
        ("0701", 0.60), ("0801", 0.03), ("0802", 0.02), ("0803", 0.03), ("0804", 0.06), ("0805", 0.015),
        ("0806", 0.035), ("0901", 0.05), ("0902", 0.02), ("1001", 0.01), ("1101", 0.01), ("1207", 0.04),
        ("1301", 0.02), ("1401", 0.025), ("1402", 0.02), ("1501", 0.015),
    ];
}
