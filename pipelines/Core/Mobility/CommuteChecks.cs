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

    /// <summary>The table commute ends are looked up in: cell_units' key, sub-district and coverage, plus the outside row.</summary>
    public const string EndsTable = "commute_ends";

    /// <summary>
    /// The rows of <see cref="EndsTable"/>: every cell's join key (its integer key when <paramref name="ends"/> says the
    /// ends join as integers, else its id), sub-district number and id and the since-columns of
    /// <paramref name="endCoverage"/>, plus one row for an end outside the city (no sub-district, never covered), so
    /// both ends locate with inner joins, which an engine runs as plain lookups.
    /// </summary>
    public string RenderEnds(IReadOnlyList<string> endCoverage, CommuteEnds ends)
    {
        var since = endCoverage.Select(CellEndCoverage.SinceColumn).ToList();
        var key = ends.JoinOnIntegers ? CellUnits.KeyColumn : CellUnits.IdColumn;
        return $"SELECT {key} AS end_key, {CellUnits.NumberColumn}, {CellUnits.SubdistrictColumn}{string.Concat(since.Select(c => $", {c}"))} " +
               $"FROM {FactSchemas.CellUnitsTable} UNION ALL SELECT {OutsideKey(ends)}, CAST(NULL AS BIGINT), CAST(NULL AS {dialect.TextType})" +
               string.Concat(since.Select(_ => ", CAST(NULL AS DOUBLE)"));
    }

    /// <summary>
    /// Every row of the raw relation with its verdict, for the reject listing: row_no, year, home_cell, work_cell
    /// (NULL: outside the city), home/work_subdistrict_no, minutes, mode, persons, distance_km, home_/work_ + each of
    /// <paramref name="endCoverage"/> (1 when that end's cell is covered in the commute's year, read from the
    /// <see cref="CellEndCoverage"/> since-columns), home/work_subdistrict_id, accepted, reject_field, reject_reason.
    /// Ends join <see cref="EndsTable"/> with outer joins, so a row naming an unknown cell stays to be named.
    /// </summary>
    public string Render(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, CommuteRules rules, IReadOnlyList<string> endCoverage, CommuteEnds ends)
    {
        var checks = Checks(rules, ends).ToList();
        var field = string.Concat(checks.Select(c => $" WHEN {c.Condition} THEN '{c.Field}'"));
        var reason = string.Concat(checks.Select(c => $" WHEN {c.Condition} THEN {c.Reason}"));
        // A CASE skips a WHEN whose condition is NULL; COALESCE gives the OR of the conditions the same reading.
        var accepted = $"NOT COALESCE({string.Join(" OR ", checks.Select(c => $"({c.Condition})"))}, FALSE)";
        return
            $"SELECT {Selected(endCoverage)}, " +
            $"hu.{CellUnits.SubdistrictColumn} AS home_subdistrict_id, wu.{CellUnits.SubdistrictColumn} AS work_subdistrict_id, " +
            $"{accepted} AS {Accepted}, CASE{field} END AS {RejectField}, CASE{reason} END AS {RejectReason} " +
            $"FROM {Typed(rawRelation, columns, rules, ends)} t " +
            $"LEFT JOIN {EndsTable} hu ON {EndKey(CommuteColumns.HomeCell, ends)} = hu.end_key " +
            $"LEFT JOIN {EndsTable} wu ON {EndKey(CommuteColumns.WorkCell, ends)} = wu.end_key";
    }

    /// <summary>
    /// The accepted rows only, as the commutes table reads them: the columns of <see cref="Render"/> up to the
    /// coverage flags (row_no included: an engine reads only the columns a query names). Ends join with inner joins, so a row naming an unknown cell drops out here; the caller compares
    /// the accepted count with the file's and lists rejects through <see cref="Render"/> only when they differ. The
    /// other checks are positive predicates (<see cref="Accepting"/>), so an engine filters with plain comparisons.
    /// </summary>
    public string RenderAccepted(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, CommuteRules rules, IReadOnlyList<string> endCoverage, CommuteEnds ends) =>
        $"SELECT {Selected(endCoverage, AcceptedYear(columns), AcceptedMode(columns))} FROM {Typed(rawRelation, columns, rules, ends)} t " +
        $"JOIN {EndsTable} hu ON {EndKey(CommuteColumns.HomeCell, ends)} = hu.end_key " +
        $"JOIN {EndsTable} wu ON {EndKey(CommuteColumns.WorkCell, ends)} = wu.end_key " +
        $"WHERE {string.Join(" AND ", Accepting(rules, columns, ends, located: true))}";

    /// <summary>
    /// The accepted rows before their ends are located, for a consumer that looks ends up itself (DuckDB's pair
    /// kernel: over the 20 M benchmark commutes the two joins and their columns cost DuckDB about 1.6 CPU-s): every
    /// predicate of <see cref="RenderAccepted(string, IReadOnlyDictionary{string, StoredAs}, CommuteRules, IReadOnlyList{string}, CommuteEnds)"/>
    /// that needs no end looked up, and its columns but the located ones (sub-district numbers, coverage flags), with
    /// home_cell and work_cell as they join <see cref="EndsTable"/> (NULL: outside the city). The consumer drops a
    /// row whose end names no cell (the inner join's drop) or whose ends both lie in no sub-district (the last check).
    /// </summary>
    public string RenderAcceptedUnlocated(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, CommuteRules rules, CommuteEnds ends) =>
        $"SELECT {Unlocated(AcceptedYear(columns), AcceptedMode(columns))} FROM {Typed(rawRelation, columns, rules, ends)} t " +
        $"WHERE {string.Join(" AND ", Accepting(rules, columns, ends, located: false))}";

    // The listing reads the checked values; the accepted rows read a whole-number year and a text mode as stored, which
    // equal them on every accepted row (a year in range, a mode in the list is never empty) and cost no cast per row.
    private static string Selected(IReadOnlyList<string> endCoverage) => Selected(endCoverage, "t.year_v", "t.mode");

    private static string Selected(IReadOnlyList<string> endCoverage, string year, string mode) =>
        $"{Identity(year)}, hu.{CellUnits.NumberColumn} AS home_subdistrict_no, wu.{CellUnits.NumberColumn} AS work_subdistrict_no, {Trip(mode)}" +
        string.Concat(endCoverage.Select(c => $", {EndFlags(c, year)}"));

    private static string Unlocated(string year, string mode) => $"{Identity(year)}, {Trip(mode)}";

    private static string Identity(string year) =>
        $"t.row_no AS row_no, CAST({year} AS INTEGER) AS year, t.home_cell AS home_cell, t.work_cell AS work_cell";

    private static string Trip(string mode) =>
        $"t.minutes_v AS minutes, {mode} AS mode, COALESCE(t.persons_v, CAST(1 AS DOUBLE)) AS persons, t.distance_km_v AS distance_km";

    private static string AcceptedYear(IReadOnlyDictionary<string, StoredAs> columns) =>
        columns.GetValueOrDefault(CommuteColumns.Year, StoredAs.Text) == StoredAs.Integer ? Stored(CommuteColumns.Year) : "t.year_v";

    private static string AcceptedMode(IReadOnlyDictionary<string, StoredAs> columns) =>
        columns.GetValueOrDefault(CommuteColumns.Mode, StoredAs.Text) == StoredAs.Text ? Stored(CommuteColumns.Mode) : $"t.{CommuteColumns.Mode}";

    // A column as the raw relation holds it (typed as the file stores it, a CSV value as text), for the accepted rows' filters.
    private static string Stored(string column) => $"t.{column}_s";

    private string Typed(string rawRelation, IReadOnlyDictionary<string, StoredAs> columns, CommuteRules rules, CommuteEnds ends) =>
        $"(SELECT row_no, {RowProblem}, {string.Join(", ", TypedColumns(columns, rules.OutsideMarker, ends))} FROM {rawRelation})";

    private static string EndKey(string end, CommuteEnds ends) => $"COALESCE(t.{end}, {OutsideKey(ends)})";

    private static string OutsideKey(CommuteEnds ends) =>
        ends.JoinOnIntegers ? $"CAST({ends.OutsideKey.ToString(CultureInfo.InvariantCulture)} AS BIGINT)" : "''";

    // A marker that is not a whole number cannot appear in an integer column.
    private static string? IntegerMarker(string? marker) =>
        long.TryParse(marker, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? $"CAST({n.ToString(CultureInfo.InvariantCulture)} AS BIGINT)" : null;

    private static string EndFlags(string coverage, string year)
    {
        var since = CellEndCoverage.SinceColumn(coverage);
        return $"CASE WHEN hu.{since} <= {year} THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS home_{coverage}, " +
               $"CASE WHEN wu.{since} <= {year} THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS work_{coverage}";
    }

    private IEnumerable<string> TypedColumns(IReadOnlyDictionary<string, StoredAs> columns, string? outsideMarker, CommuteEnds ends)
    {
        foreach (var name in new[] { CommuteColumns.Year, CommuteColumns.Minutes, CommuteColumns.Persons, CommuteColumns.DistanceKm })
        {
            var stored = columns.TryGetValue(name, out var s) ? s : (StoredAs?)null;
            var (value, text) = stored switch
            {
                null => ("CAST(NULL AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
                StoredAs.Text => ($"TRY_CAST({Trimmed(name)} AS DOUBLE)", Trimmed(name)),
                _ => ($"CAST({name} AS DOUBLE)", $"CAST(NULL AS {dialect.TextType})"),
            };
            yield return $"{value} AS {name}_v, {text} AS {name}_t";
            if (stored is not null)
            {
                yield return $"{name} AS {name}_s";
            }
        }

        yield return columns.TryGetValue(CommuteColumns.Mode, out var modeStored) && modeStored != StoredAs.Text
            ? $"CAST({CommuteColumns.Mode} AS {dialect.TextType}) AS {CommuteColumns.Mode}"
            : $"{Trimmed(CommuteColumns.Mode)} AS {CommuteColumns.Mode}";
        yield return $"{CommuteColumns.Mode} AS {CommuteColumns.Mode}_s";
        foreach (var name in new[] { CommuteColumns.HomeCell, CommuteColumns.WorkCell })
        {
            var stored = columns.TryGetValue(name, out var s) ? s : StoredAs.Text;
            var (value, marker) = (ends.JoinOnIntegers, stored) switch
            {
                (true, _) => ($"CAST({name} AS BIGINT)", IntegerMarker(outsideMarker)),
                (false, StoredAs.Text) => (Trimmed(name), outsideMarker is null ? null : Quote(outsideMarker)),
                _ => ($"CAST({name} AS {dialect.TextType})", outsideMarker is null ? null : Quote(outsideMarker)),
            };
            // The outside marker reads as an empty end, so every later step sees one spelling of "outside".
            yield return marker is null ? $"{value} AS {name}" : $"NULLIF({value}, {marker}) AS {name}";
        }
    }

    // CSV fields arrive trimmed (CsvRecordSource); a typed file's strings are taken as stored, empty as missing.
    private static string Trimmed(string column) => $"NULLIF({column}, '')";

    /// <summary>
    /// What an accepted row satisfies, as one positive predicate per column (a NULL comparison filters the row out,
    /// which the checks above reject as missing): the same verdict as no check failing, written so an engine filters
    /// with plain comparisons it can push into its scan, and with no test a typed column cannot fail (a text check on a
    /// Parquet number, the finiteness or wholeness of an integer) or that another test already implies. Each column is
    /// compared in the type it is stored in, so a Parquet scan evaluates the test itself and its row-group statistics
    /// can prove it for a whole group (DuckDB: the benchmark's INT32 year, cast to DOUBLE before, was tested per row).
    /// The reject listing (<see cref="Render"/>) confirms it: the engine stops when accepted and listed rows do not
    /// add up to the file's.
    /// </summary>
    private IEnumerable<string> Accepting(CommuteRules rules, IReadOnlyDictionary<string, StoredAs> columns, CommuteEnds ends, bool located)
    {
        yield return $"t.{RowProblem} IS NULL";
        yield return NumberAccepted(CommuteColumns.Year, NumberRange.Year, columns, required: true);
        if (columns.GetValueOrDefault(CommuteColumns.Year, StoredAs.Text) != StoredAs.Integer)
        {
            yield return "t.year_v = FLOOR(t.year_v)";
        }

        yield return NumberAccepted(rules.Minutes.Column, rules.Minutes.Range, columns, required: true);
        foreach (var optional in new[] { rules.Persons, rules.DistanceKm }.Where(l => columns.ContainsKey(l.Column)))
        {
            yield return NumberAccepted(optional.Column, optional.Range, columns, required: false);
        }

        // The stored text without the NULLIF of the checks: an empty mode is no more in the list than a missing one.
        // One lookup of the list per row (an OR chain compares the mode six times: count(*) over the 20 M benchmark
        // commutes 3.0 against 2.2 CPU-s for an IN list, which DuckDB answers by a join; see SqlDialect.OneOf).
        yield return dialect.OneOf(AcceptedMode(columns), CommuteModes.All.Select(Quote).ToList());
        yield return "(t.home_cell IS NOT NULL OR t.work_cell IS NOT NULL)";

        // A file's end that happens to equal the outside key is a cell the grid does not have, not a trip out of the
        // city (grid 1, 2, …: outside is 0, and a 0 in the file is a typo); the listing names it an unknown cell. Text
        // ends never equal theirs (''): an empty text is NULL by then.
        if (ends.JoinOnIntegers)
        {
            yield return $"(t.home_cell IS NULL OR t.home_cell <> {OutsideKey(ends)})";
            yield return $"(t.work_cell IS NULL OR t.work_cell <> {OutsideKey(ends)})";
        }
        // Only where the ends are joined (hu, wu); a consumer that locates them drops these rows itself.
        if (located)
        {
            yield return $"(hu.{CellUnits.NumberColumn} IS NOT NULL OR wu.{CellUnits.NumberColumn} IS NOT NULL)";
        }
    }

    private string NumberAccepted(string column, NumberRange range, IReadOnlyDictionary<string, StoredAs> columns, bool required)
    {
        var stored = columns.GetValueOrDefault(column, StoredAs.Text);
        var (value, tests) = (stored == StoredAs.Integer && columns.ContainsKey(column) ? WholeTests(Stored(column), range) : null) is { } whole
            ? (Stored(column), whole)
            : ($"t.{column}_v", NumberTests($"t.{column}_v", range, wholeNumbers: stored == StoredAs.Integer));
        var valid = tests.Count == 0 ? $"{value} IS NOT NULL" : string.Join(" AND ", tests);
        var empty = stored == StoredAs.Text ? $"{value} IS NULL AND t.{column}_t IS NULL" : $"{value} IS NULL";
        return required ? valid : $"(({empty}) OR ({valid}))";
    }

    /// <summary>
    /// The range of a whole-number column as integer comparisons in the column's own type (no cast to DOUBLE, which
    /// would keep the test out of the scan): for a whole x, x &gt;= m ⇔ x &gt;= ⌈m⌉, x &gt; m ⇔ x &gt; ⌊m⌋ and
    /// x &lt;= M ⇔ x &lt;= ⌊M⌋, and the same verdict as the checks' comparison of x as a double while the bound lies
    /// within ±2^53 (there every whole number next to it is a double, so rounding x cannot cross it). Null beyond: the
    /// bound is then compared as a double.
    /// </summary>
    private static List<string>? WholeTests(string value, NumberRange range)
    {
        var lower = double.IsNegativeInfinity(range.Min) ? null : range.MinExclusive ? Whole(Math.Floor(range.Min)) : Whole(Math.Ceiling(range.Min));
        var upper = double.IsPositiveInfinity(range.Max) ? null : Whole(Math.Floor(range.Max));
        if ((lower is null && !double.IsNegativeInfinity(range.Min)) || (upper is null && !double.IsPositiveInfinity(range.Max)))
        {
            return null;
        }

        return new[] { lower is null ? null : $"{value} {(range.MinExclusive ? ">" : ">=")} {lower}", upper is null ? null : $"{value} <= {upper}" }
            .OfType<string>().ToList();
    }

    private static string? Whole(double value) =>
        Math.Abs(value) < 9007199254740992d ? ((long)value).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The range of a floating-point value. Finiteness is tested only where a bound is infinite: with both bounds
    /// finite it is implied, because NaN sorts above every number in DuckDB and Spark SQL (and fails every comparison
    /// under plain IEEE rules), so NaN &lt;= M is false, +inf &lt;= M is false and -inf &gt;= m (or &gt; m) is false. The
    /// checks still name "is not a finite number" first for those values, so the reasons do not change. Statistics cannot
    /// let a NaN through: writers leave NaN out of a float column's min/max, and DuckDB takes that column's maximum as
    /// NaN unless the file counts no NaN (Spark filters again after the Parquet reader skips row groups).
    /// </summary>
    private List<string> NumberTests(string value, NumberRange range, bool wholeNumbers)
    {
        var bounded = !double.IsNegativeInfinity(range.Min) && !double.IsPositiveInfinity(range.Max);
        var tests = new List<string>();
        if (!wholeNumbers && !bounded)
        {
            tests.Add(dialect.IsFinite(value));
        }

        if (!double.IsNegativeInfinity(range.Min))
        {
            tests.Add($"{value} {(range.MinExclusive ? ">" : ">=")} {Number(range.Min)}");
        }

        if (!double.IsPositiveInfinity(range.Max))
        {
            tests.Add($"{value} <= {Number(range.Max)}");
        }

        return tests;
    }

    private IEnumerable<Check> Checks(CommuteRules rules, CommuteEnds ends)
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

        // A typo is not a trip out of the city: only an empty end (or the marker) is outside it, and an end that equals
        // the outside key joined the outside row but is a cell the grid does not have.
        foreach (var (end, joined) in new[] { (CommuteColumns.HomeCell, "hu"), (CommuteColumns.WorkCell, "wu") })
        {
            yield return new Check(
                end,
                $"t.{end} IS NOT NULL AND ({joined}.end_key IS NULL OR t.{end} = {OutsideKey(ends)})",
                $"'unknown cell ''' || CAST(t.{end} AS {dialect.TextType}) || {Quote($"' ({rules.UnknownCellHint})")}");
        }

        yield return new Check(CommuteColumns.HomeCell, "t.home_cell IS NULL AND t.work_cell IS NULL", Quote(rules.BothOutsideReason));
        yield return new Check(CommuteColumns.HomeCell, $"hu.{CellUnits.NumberColumn} IS NULL AND wu.{CellUnits.NumberColumn} IS NULL", Quote(CommuteRules.OutsideReason));
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
