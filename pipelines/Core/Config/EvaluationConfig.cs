using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Config;

/// <summary>
/// A validated evaluation config. Paths are absolute. <see cref="WorkingCrs"/> (a registered name or WKT1) defaults to EPSG:4548
/// (CGCS2000 3-degree Gauss-Kruger CM 117E) whose scale error over Beijing is under 0.01 %.
/// <see cref="MaxRejectShare"/> (default 0.05) is the share of a dataset's rows that may be rejected before the
/// run stops; an input may set its own (<see cref="InputSpec.MaxRejectShare"/>).
/// </summary>
public sealed record EvaluationConfig(
    string ConfigPath,
    string CityId,
    LocalizedName CityName,
    IReadOnlyList<int> Years,
    string WorkingCrs,
    string CatalogDirectory,
    string? TargetsPath,
    IReadOnlyDictionary<string, InputSpec> Inputs,
    IReadOnlyList<ZoneSpec> Zones,
    IReadOnlyList<CompositeSpec> Composites,
    double MaxRejectShare = EvaluationConfig.DefaultMaxRejectShare)
{
    public const string DefaultWorkingCrs = "EPSG:4548";

    public const double DefaultMaxRejectShare = 0.05;

    public InputSpec Input(string dataset) => Inputs[dataset];
}
