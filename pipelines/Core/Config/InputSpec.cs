namespace MasterPlanEval.Core.Config;

/// <summary>
/// One input file of an evaluation: absolute path, its CRS name and, for land use, its classification;
/// <see cref="MaxRejectShare"/> overrides the config's share of rejected rows that stops the run (null: the config's).
/// </summary>
public sealed record InputSpec(string Dataset, string Path, string? Crs, string? Classification, double? MaxRejectShare = null);
