using System.Globalization;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Core.Validation;

namespace MasterPlanEval.Core.Mobility;

/// <summary>
/// The mobility dataset's row checks as one SQL query, so every engine validates commutes where they lie
/// with the same rules and the same reasons as C# ingest gives other datasets. It reads a raw relation
/// (<c>row_no</c>, <c>row_problem</c> plus the file's contract columns, typed or text) and <see cref="FactSchemas.CellUnitsTable"/>,
/// and yields typed columns, each end's sub-district, and the first failed check's field and reason
/// (NULL for an accepted row). Checks run in the order C# ingest would read the fields.
/// </summary>
public sealed class CommuteChecks(SqlDialect dialect)
{
    public const string RejectField = "reject_field";
    public const string RejectReason = "reject_reason";

    /// <summary>
    /// True when no check fails: the same verdict as <see cref="RejectReason"/> IS NULL without building the
    /// reason, so the accepted rows' path evaluates one predicate instead of two CASE chains.
    /// </summary>
    public const string Accepted = "accepted";

    /// <summary>The raw relation's column for a problem of the row as a whole (NULL: none), checked first.</summary>
    public const string RowProblem = "row_problem";

    /// <summary>
    /// Output: row_no, year, home_cell, work_cell, home/work_subdistrict_id, minutes, mode, persons, distance_km,
    /// home_/work_ + each of <paramref name="endCoverage"/> (1 when that end's cell is covered in the commute's
    /// year, read from the <see cref="CellEndCoverage"/> since-columns of cell_units), accepted, reject_field, reject_reason.
    /// </summary>
    public string Render(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, IReadOnlyList<string> endCoverage)
    {
        var typed = string.Join(", ", TypedColumns(columns));
        var checks = Checks().ToList();
        var field = string.Concat(checks.Select(c => $" WHEN {c.Condition} THEN '{c.Field}'"));
        var reason = string.Concat(checks.Select(c => $" WHEN {c.Condition} THEN {c.Reason}"));
        // A CASE skips a WHEN whose condition is NULL; COALESCE gives the OR of the conditions the same reading.
        var accepted = $"NOT COALESCE({string.Join(" OR ", checks.Select(c => $"({c.Condition})"))}, FALSE)";
        var cells = FactSchemas.CellUnitsTable;
        return
            $"SELECT t.row_no AS row_no, CAST(t.year_v AS INTEGER) AS year, t.home_cell AS home_cell, t.work_cell AS work_cell, " +
            $"hu.subdistrict_id AS home_subdistrict_id, wu.subdistrict_id AS work_subdistrict_id, " +
            $"t.minutes_v AS minutes, t.mode AS mode, COALESCE(t.persons_v, CAST(1 AS DOUBLE)) AS persons, t.distance_km_v AS distance_km, " +
            string.Concat(endCoverage.Select(EndFlags)) +
            $"{accepted} AS {Accepted}, CASE{field} END AS {RejectField}, CASE{reason} END AS {RejectReason} " +
            $"FROM (SELECT row_no, {RowProblem}, {typed} FROM {rawRelation}) t " +
            $"LEFT JOIN {cells} hu ON t.home_cell = hu.cell_id LEFT JOIN {cells} wu ON t.work_cell = wu.cell_id";
    }

    private static string EndFlags(string coverage)
    {
        var since = CellEndCoverage.SinceColumn(coverage);
        return $"CASE WHEN hu.{since} <= t.year_v THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS home_{coverage}, " +
               $"CASE WHEN wu.{since} <= t.year_v THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS work_{coverage}, ";
    }

    private IEnumerable<string> TypedColumns(IReadOnlyDictionary<string, StoredAs> columns)
    {
        foreach (var name in new[] { CommuteColumns.Year, CommuteColumns.Minutes, CommuteColumns.Persons, CommuteColumns.DistanceKm })
        {
            var (value, text) = columns.TryGetValue(name, out var stored) switch
            {
                false => ("CAST(NULL AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
                true when stored == StoredAs.Number => ($"CAST({name} AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
                true => ($"TRY_CAST({Trimmed(name)} AS DOUBLE)", Trimmed(name)),
            };
            yield return $"{value} AS {name}_v, {text} AS {name}_t";
        }

        foreach (var name in new[] { CommuteColumns.HomeCell, CommuteColumns.WorkCell, CommuteColumns.Mode })
        {
            yield return columns.TryGetValue(name, out var stored) && stored == StoredAs.Number
                ? $"CAST({name} AS {dialect.TextType}) AS {name}"
                : $"{Trimmed(name)} AS {name}";
        }
    }

    // CSV fields arrive trimmed (CsvRecordSource); a typed file's strings are taken as stored, empty as missing.
    private static string Trimmed(string column) => $"NULLIF({column}, '')";

    private IEnumerable<Check> Checks()
    {
        yield return new Check("row", $"t.{RowProblem} IS NOT NULL", $"t.{RowProblem}");

        foreach (var check in NumberChecks(CommuteColumns.Year, NumberRange.Year, required: true))
        {
            yield return check;
        }

        yield return new Check(CommuteColumns.Year, "t.year_v <> FLOOR(t.year_v)", $"{Formatted("t.year_v")} || ' is not a whole year'");
        foreach (var check in NumberChecks(CommuteColumns.Minutes, CommuteRules.Minutes, required: true))
        {
            yield return check;
        }

        yield return new Check(CommuteColumns.Mode, "t.mode IS NULL", "'missing value'");
        foreach (var check in NumberChecks(CommuteColumns.Persons, CommuteRules.Persons, required: false)
                     .Concat(NumberChecks(CommuteColumns.DistanceKm, CommuteRules.DistanceKm, required: false)))
        {
            yield return check;
        }

        yield return new Check(
            CommuteColumns.Mode,
            $"NOT {SqlRenderer.In("t.mode", CommuteModes.All.Select(Quote))}",
            $"'unknown mode ''' || t.mode || ''' (known: {string.Join(", ", CommuteModes.All)})'");
        yield return new Check(
            CommuteColumns.HomeCell,
            "hu.cell_id IS NULL AND wu.cell_id IS NULL",
            $"'neither home_cell ''' || COALESCE(t.home_cell, '') || ''' nor work_cell ''' || COALESCE(t.work_cell, '') || ''' {CommuteRules.NotInGridReason}'");
        yield return new Check(CommuteColumns.HomeCell, "hu.subdistrict_id IS NULL AND wu.subdistrict_id IS NULL", Quote(CommuteRules.OutsideReason));
    }

    private IEnumerable<Check> NumberChecks(string column, NumberRange range, bool required)
    {
        var value = $"t.{column}_v";
        var text = $"t.{column}_t";
        if (required)
        {
            yield return new Check(column, $"{value} IS NULL AND {text} IS NULL", "'missing value'");
        }

        yield return new Check(column, $"{value} IS NULL AND {text} IS NOT NULL", $"'''' || {text} || ''' is not a number'");
        yield return new Check(column, $"NOT {dialect.IsFinite(value)}", $"{Formatted(value)} || ' is not a finite number'");
        var outside = new List<string>();
        if (!double.IsNegativeInfinity(range.Min))
        {
            outside.Add($"{value} {(range.MinExclusive ? "<=" : "<")} {Number(range.Min)}");
        }

        if (!double.IsPositiveInfinity(range.Max))
        {
            outside.Add($"{value} > {Number(range.Max)}");
        }

        if (outside.Count > 0)
        {
            yield return new Check(column, string.Join(" OR ", outside), $"{Formatted(value)} || ' is out of range: {range.Describe()}'");
        }
    }

    // Whole numbers print without a decimal point, as C# ingest prints them ("400", not "400.0").
    private string Formatted(string value) =>
        $"(CASE WHEN {value} = FLOOR({value}) AND ABS({value}) < 1e15 THEN CAST(CAST({value} AS BIGINT) AS {dialect.TextType}) " +
        $"ELSE CAST({value} AS {dialect.TextType}) END)";

    private static string Number(double value) => $"CAST({value.ToString("R", CultureInfo.InvariantCulture)} AS DOUBLE)";

    private static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private sealed record Check(string Field, string Condition, string Reason);
}
