namespace MasterPlanEval.Core.Config;

/// <summary>
/// One input file of an evaluation: absolute path, its CRS as the config gives it (a registered name or WKT1; null for
/// a geometry file left to declare its own) and, for land use, its classification;
/// <see cref="MaxRejectShare"/> overrides the config's share of rejected rows that stops the run (null: the config's);
/// <see cref="Limits"/> holds the plausibility maximums the config moves (column → maximum, see
/// <see cref="Validation.InputLimits"/>), and <see cref="OutsideMarker"/>, for mobility, the cell id that marks
/// a commute end outside the city besides an empty one. <see cref="Columns"/> names the file's column for each
/// contract column the file calls otherwise (contract column → file column, see <see cref="InputColumns"/>), and
/// <see cref="Year"/> is the year of every row of a file without a year column.
/// </summary>
public sealed record InputSpec(
    string Dataset,
    string Path,
    string? Crs,
    string? Classification,
    IReadOnlyDictionary<string, double>? Limits = null,
    string? OutsideMarker = null,
    double? MaxRejectShare = null,
    IReadOnlyDictionary<string, string>? Columns = null,
    int? Year = null)
{
    /// <summary>The file's name for a contract column: the mapped one, or the contract's own.</summary>
    public string FileColumn(string column) => Columns is not null && Columns.TryGetValue(column, out var file) ? file : column;

    /// <summary>A reject's field: the contract column, and the file's where the file calls it otherwise (see <see cref="Config.FieldLabel"/>).</summary>
    public string FieldLabel(string field) => Config.FieldLabel.Of(Columns, field);
}
