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
/// (NULL for an accepted row). Checks run in the order C# ingest would read the fields. Numbers are held to
/// the source's <see cref="CommuteRules"/> limits; an end that is empty or the outside marker is outside the
/// city (NULL in the output), and any other id must name a grid cell.
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
    /// Output: row_no, year, home_cell, work_cell (NULL: outside the city), home/work_subdistrict_id, minutes, mode,
    /// persons, distance_km, home_/work_ + each of <paramref name="endCoverage"/> (1 when that end's cell is covered in
    /// the commute's year, read from the <see cref="CellEndCoverage"/> since-columns of cell_units), accepted,
    /// reject_field, reject_reason.
    /// </summary>
    public string Render(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, CommuteRules rules, IReadOnlyList<string> endCoverage)
    {
        var typed = string.Join(", ", TypedColumns(columns, rules.OutsideMarker));
        var checks = Checks(rules).ToList();
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

    private IEnumerable<string> TypedColumns(IReadOnlyDictionary<string, StoredAs> columns, string? outsideMarker)
    {
        foreach (var name in new[] { CommuteColumns.Year, CommuteColumns.Minutes, CommuteColumns.Persons, CommuteColumns.DistanceKm })
        {
            var (value, text) = columns.TryGetValue(name, out var stored) switch
            {
                false => ("CAST(NULL AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
                true when stored != StoredAs.Text => ($"CAST({name} AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
                true => ($"TRY_CAST({Trimmed(name)} AS DOUBLE)", Trimmed(name)),
            };
            yield return $"{value} AS {name}_v, {text} AS {name}_t";
        }

        foreach (var name in new[] { CommuteColumns.HomeCell, CommuteColumns.WorkCell, CommuteColumns.Mode })
        {
            var value = columns.TryGetValue(name, out var stored) && stored != StoredAs.Text
                ? $"CAST({name} AS {dialect.TextType})"
                : Trimmed(name);
            // The outside marker reads as an empty end, so every later step sees one spelling of "outside".
            yield return name != CommuteColumns.Mode && outsideMarker is not null
                ? $"NULLIF({value}, {Quote(outsideMarker)}) AS {name}"
                : $"{value} AS {name}";
        }
    }

    // CSV fields arrive trimmed (CsvRecordSource); a typed file's strings are taken as stored, empty as missing.
    private static string Trimmed(string column) => $"NULLIF({column}, '')";

    private IEnumerable<Check> Checks(CommuteRules rules)
    {
        yield return new Check("row", $"t.{RowProblem} IS NOT NULL", $"t.{RowProblem}");

        var year = $"is out of range: {NumberRange.Year.Describe()}";
        foreach (var check in NumberChecks(CommuteColumns.Year, NumberRange.Year, year, year, required: true))
        {
            yield return check;
        }

        yield return new Check(CommuteColumns.Year, "t.year_v <> FLOOR(t.year_v)", $"{Formatted("t.year_v")} || ' is not a whole year'");
        foreach (var check in NumberChecks(rules.Minutes, required: true))
        {
            yield return check;
        }

        yield return new Check(CommuteColumns.Mode, "t.mode IS NULL", "'missing value'");
        foreach (var check in NumberChecks(rules.Persons, required: false).Concat(NumberChecks(rules.DistanceKm, required: false)))
        {
            yield return check;
        }

        yield return new Check(
            CommuteColumns.Mode,
            $"NOT {SqlRenderer.In("t.mode", CommuteModes.All.Select(Quote))}",
            $"'unknown mode ''' || t.mode || ''' (known: {string.Join(", ", CommuteModes.All)})'");

        // A typo is not a trip out of the city: only an empty end (or the marker) is outside it.
        foreach (var (end, joined) in new[] { (CommuteColumns.HomeCell, "hu"), (CommuteColumns.WorkCell, "wu") })
        {
            yield return new Check(
                end,
                $"t.{end} IS NOT NULL AND {joined}.cell_id IS NULL",
                $"'unknown cell ''' || t.{end} || {Quote($"' ({rules.UnknownCellHint})")}");
        }

        yield return new Check(CommuteColumns.HomeCell, "t.home_cell IS NULL AND t.work_cell IS NULL", Quote(rules.BothOutsideReason));
        yield return new Check(CommuteColumns.HomeCell, "hu.subdistrict_id IS NULL AND wu.subdistrict_id IS NULL", Quote(CommuteRules.OutsideReason));
    }

    private IEnumerable<Check> NumberChecks(ValueLimit limit, bool required) =>
        NumberChecks(limit.Column, limit.Range, limit.BelowMinimum, limit.AboveMaximum, required);

    private IEnumerable<Check> NumberChecks(string column, NumberRange range, string belowMinimum, string aboveMaximum, bool required)
    {
        var value = $"t.{column}_v";
        var text = $"t.{column}_t";
        if (required)
        {
            yield return new Check(column, $"{value} IS NULL AND {text} IS NULL", "'missing value'");
        }

        yield return new Check(column, $"{value} IS NULL AND {text} IS NOT NULL", $"'''' || {text} || ''' is not a number'");
        yield return new Check(column, $"NOT {dialect.IsFinite(value)}", $"{Formatted(value)} || ' is not a finite number'");
        if (!double.IsNegativeInfinity(range.Min))
        {
            yield return new Check(column, $"{value} {(range.MinExclusive ? "<=" : "<")} {Number(range.Min)}", $"{Formatted(value)} || {Quote($" {belowMinimum}")}");
        }

        if (!double.IsPositiveInfinity(range.Max))
        {
            yield return new Check(column, $"{value} > {Number(range.Max)}", $"{Formatted(value)} || {Quote($" {aboveMaximum}")}");
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
