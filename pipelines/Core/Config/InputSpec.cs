namespace MasterPlanEval.Core.Config;

/// <summary>One input file of an evaluation: absolute path, its CRS name and, for land use, its classification.</summary>
public sealed record InputSpec(string Dataset, string Path, string? Crs, string? Classification);
