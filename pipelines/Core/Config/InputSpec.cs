namespace MasterPlanEval.Core.Config;

/// <summary>
/// One input file of an evaluation: absolute path, its CRS as the config gives it (a registered name or WKT1; null for
/// a geometry file left to declare its own) and, for land use, its classification;
/// <see cref="MaxRejectShare"/> overrides the config's share of rejected rows that stops the run (null: the config's);
/// <see cref="Limits"/> holds the plausibility maximums the config moves (column → maximum, see
/// <see cref="Validation.InputLimits"/>), and <see cref="OutsideMarker"/>, for mobility, the cell id that marks
/// a commute end outside the city besides an empty one.
/// </summary>
public sealed record InputSpec(
    string Dataset,
    string Path,
    string? Crs,
    string? Classification,
    IReadOnlyDictionary<string, double>? Limits = null,
    string? OutsideMarker = null,
    double? MaxRejectShare = null);
