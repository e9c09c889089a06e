using System.Globalization;
using System.Text;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Plans;

/// <summary>
/// Renders an indicator plan to one SQL query over the fact tables (keyed by sub-district number), the
/// <c>hierarchy</c> table (subdistrict_no, subdistrict_id, district_id, city_id), the <c>zone_members</c> table
/// (zone_id, subdistrict_no) and the <c>scope</c> table (level, unit_id, year).
/// Result columns: level, unit_id, year, value (NULL when a denominator is 0), zero_denominator, input_rows
/// (the fact rows of the unit and year in the sources the formula reads), then c0..cn: the value of each
/// sum of the formula in <see cref="IndicatorPlan.Aggregates"/> order, so an analyst can see what a value is made of.
/// </summary>
public sealed class SqlRenderer(SqlDialect dialect)
{
    internal const string False = "CAST(0 AS DOUBLE)";

    public SqlDialect Dialect { get; } = dialect;

    /// <summary>
    /// The aggregation a batch builds for a two-ended fact table: one row per year and pair of end sub-districts,
    /// with <c>n</c> the fact rows of each pair, so an engine can count the table's rows without another scan.
    /// </summary>
    public static string PairTable(string factTable) => $"agg_pairs_{factTable}";

    /// <summary>One plan as a single query: its source aggregations become CTEs.</summary>
    public string Render(IndicatorPlan plan)
    {
        var batch = RenderBatch([plan]);
        var sql = new StringBuilder();
        if (batch.Aggregations.Count > 0)
        {
            sql.Append("WITH ").AppendJoin(",\n", batch.Aggregations.Select(a => $"{a.Table} AS ({a.Sql})")).Append('\n');
        }

        return sql.Append(batch.Queries[0].Sql).ToString();
    }

    /// <summary>
    /// Many plans so that each fact source is scanned once per level: the engine materialises the
    /// aggregations (small tables: one row per unit and year), then runs each plan's query over them.
    /// </summary>
    public SqlBatch RenderBatch(IReadOnlyList<IndicatorPlan> plans)
    {
        // All sums over one source share one SELECT, so a share's numerator and denominator are added up
        // over the same rows in the same order: with non-negative values the numerator can then never
        // round above the denominator (rounding is monotonic), and a share never exceeds 1. Pair sums keep
        // this: each pair's numerator is at most its denominator, and the levels add pairs in one SELECT.
        var pairs = PairSums.For(plans.SelectMany(p => p.Aggregates));
        var subdistricts = SubdistrictSums.For(plans.SelectMany(p => p.Aggregates));
        var aggregations = pairs.Values.Select(p => p.Aggregation).Concat(subdistricts.Values.Select(s => s.Aggregation)).ToList();
        var names = new Dictionary<(UnitLevel, AggregateExpr), string>();
        var tables = new Dictionary<(UnitLevel, string), string>();
        foreach (var level in plans.SelectMany(p => p.Levels).Distinct().Order())
        {
            var aggregates = plans.Where(p => p.Levels.Contains(level)).SelectMany(p => p.Aggregates).Distinct();
            foreach (var group in aggregates.GroupBy(a => a.Source))
            {
                var source = FactSchemas.Sources[group.Key];
                var table = $"agg_{level.ToText()}_{group.Key}";
                tables[(level, group.Key)] = table;
                var pair = pairs.GetValueOrDefault(source.Table);
                var sums = group.Select((aggregate, i) =>
                {
                    names[(level, aggregate)] = $"{table}.v{i}";
                    var sum = pair is null ? subdistricts[group.Key].Sum(aggregate) : Sum(pair.Summand(aggregate, level), SumScale.Fine);
                    return $"{sum} AS v{i}";
                }).ToList();
                var from = pair?.Name ?? subdistricts[group.Key].Name;
                aggregations.Add(new SqlAggregation(table, RenderSource(source, from, level, sums, "CAST(SUM(f.n) AS BIGINT)")));
            }
        }

        var queries = plans.Select(plan => new SqlQuery(plan, string.Join("\nUNION ALL\n", plan.Levels.Select(level =>
            RenderLevelSelect(
                plan,
                level,
                plan.Aggregates.Distinct().ToDictionary(a => a, a => names[(level, a)]),
                plan.Aggregates.Select(a => a.Source).Distinct().Select(source => tables[(level, source)]).ToList()))))).ToList();
        return new SqlBatch(aggregations, queries);
    }

    /// <summary>
    /// Every SUM of a formula, rendered so that its value does not depend on the order the engine adds rows in:
    /// DuckDB (and Spark) add doubles in a different order from run to run across threads, which changed the last
    /// bits of a value (mean_commute_distance_km by up to 9e-15; 800 of 15,660 values of the benchmark city). Each
    /// summand is cast to a fixed-point DECIMAL — a deterministic rounding of one value — and a SUM of DECIMALs is an
    /// exact integer sum in both engines (DuckDB: 128-bit; Spark: DECIMAL(min(38, p + 10), s)), so any order gives
    /// the same result, converted back to DOUBLE. Both engines round on the cast and stop with an error (never wrap)
    /// when a value does not fit — Spark in ANSI mode (spark.sql.ansi.enabled, the default since Spark 4), which the
    /// Spark engine must keep on: without it a value that does not fit becomes NULL and silently drops out of its sum.
    /// <para>
    /// <see cref="SumScale.Fine"/>, DECIMAL(38, 20), for rows of a one-ended source (cells, census, units, land, rail:
    /// a few hundred thousand rows for Beijing) and for a level's sum over pair sums (one row per pair of units): 20
    /// decimals keep every double from 1e-4 up to its last bits (a km² sliver of a parcel keeps its size to 1e-14 m²)
    /// and leave 18 integer digits, far above any plausible Beijing value: residents and workers ≤ 1e6 per cell,
    /// areas in km² (the city has 16,410) or × 1e6 in m² for a parcel piece within one sub-district (&lt; 1,000 km²,
    /// 1e9 m²), and pair sums below all commuters × 1000 km (2e10). These rows are few: the 128-bit cast costs
    /// milliseconds.
    /// </para>
    /// <para>
    /// <see cref="SumScale.Coarse"/>, DECIMAL(18, 8), for rows of a two-ended fact table (commutes: 20 M rows and more):
    /// it fits a 64-bit integer, which DuckDB casts and adds much faster than a 128-bit one (20 M rows × 6 sums,
    /// measured: double 2.0 s, DECIMAL(18, 8) 3.4 s, DECIMAL(38, 20) 5.2 s). It holds every plausible summand of a
    /// commute below 1e10 — persons ≤ 1e6 per row, × minutes ≤ 300 → 3e8, × distance ≤ 1000 km → 1e9 — and 8
    /// decimals keep 1e-8 of a person, minute or km: at most 5e-9 per row, so a sum of 20 M rows moves by at most
    /// 0.1 in sums of about 1e9, far below any reported digit. The sum is DECIMAL(38, 8) in DuckDB and DECIMAL(28, 8)
    /// in Spark: up to 1e20, against at most 1e8 rows × 1e10.
    /// </para>
    /// </summary>
    internal static string Sum(string summand, SumScale scale) => SumOfFixed(ToFixed(summand, scale));

    /// <summary>One summand rounded to the fixed-point DECIMAL of <paramref name="scale"/> (see <see cref="Sum"/>).</summary>
    internal static string ToFixed(string summand, SumScale scale) => scale switch
    {
        SumScale.Fine => $"CAST({summand} AS DECIMAL(38, 20))",
        SumScale.Coarse => $"CAST({summand} AS DECIMAL(18, 8))",
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    /// <summary>The exact sum of summands already rounded by <see cref="ToFixed"/>, back as a DOUBLE.</summary>
    internal static string SumOfFixed(string fixedSummand) => $"CAST(SUM({fixedSummand}) AS DOUBLE)";

    /// <summary>What one fact row adds to an aggregate (one that read <c>same_unit</c> has had it fixed by <see cref="SameUnitVariant"/>).</summary>
    internal static string RenderSummand(AggregateExpr aggregate) => aggregate.Filter is null
        ? RenderRow(aggregate.Value)
        : $"CASE WHEN {RenderRow(aggregate.Filter)} THEN {RenderRow(aggregate.Value)} ELSE {False} END";

    private static string RenderSource(FactSource source, string from, UnitLevel level, IEnumerable<string> sums, string count)
    {
        var join = new LevelJoin(level);
        var otherEnd = source.OtherUnitKey is null ? string.Empty : join.OtherEndJoin(source.OtherUnitKey);
        return $"SELECT {join.UnitColumn} AS unit_id, f.year AS year, {string.Join(", ", sums)}, {count} AS n " +
               $"FROM {from} f {join.Join(source.UnitKey)}{otherEnd} " +
               $"GROUP BY {join.UnitColumn}, f.year";
    }

    private static string RenderLevelSelect(
        IndicatorPlan plan, UnitLevel level, IReadOnlyDictionary<AggregateExpr, string> names, IReadOnlyList<string> sources)
    {
        var denominators = new List<string>();
        var value = RenderTop(plan.Formula, names, denominators);
        var zeroDenominator = denominators.Count == 0 ? "FALSE" : string.Join(" OR ", denominators.Select(d => $"({d}) = 0"));
        var inputRows = sources.Count == 0 ? "0" : string.Join(" + ", sources.Select(n => $"COALESCE({n}.n, 0)"));
        var joins = string.Concat(sources.Select(n => $" LEFT JOIN {n} ON {n}.unit_id = s.unit_id AND {n}.year = s.year"));
        var components = string.Concat(plan.Aggregates.Select((a, i) => $", COALESCE({names[a]}, 0) AS c{i}"));
        return $"SELECT s.level AS level, s.unit_id AS unit_id, s.year AS year, {value} AS value, " +
               $"({zeroDenominator}) AS zero_denominator, {inputRows} AS input_rows{components} " +
               $"FROM {FactSchemas.ScopeTable} s{joins} WHERE s.level = '{level.ToText()}'";
    }

    private static string RenderTop(PlanExpr node, IReadOnlyDictionary<AggregateExpr, string> names, List<string> denominators) => node switch
    {
        AggregateExpr a => $"COALESCE({names[a]}, 0)",
        NumberLiteral n => Number(n.Value),
        ArithmeticExpr { Op: ArithmeticOp.Divide } d => Divide(
            RenderTop(d.Left, names, denominators),
            Track(RenderTop(d.Right, names, denominators), denominators)),
        ArithmeticExpr a => $"({RenderTop(a.Left, names, denominators)} {Operator(a.Op)} {RenderTop(a.Right, names, denominators)})",
        FunctionExpr { Function: ScalarFunction.Ln } f => Ln(RenderTop(f.Argument, names, denominators)),
        FunctionExpr { Function: ScalarFunction.PLogP } f => PLogP(RenderTop(f.Argument, names, denominators)),
        _ => throw new InvalidOperationException($"{node.GetType().Name} cannot stand outside an aggregate"),
    };

    internal static string RenderRow(PlanExpr node) => node switch
    {
        ColumnRef { Column: FactSource.SameUnitColumn } =>
            throw new InvalidOperationException("same_unit depends on the level: PairSums fixes it per pair before rendering"),
        ColumnRef c => $"f.{c.Column}",
        NumberLiteral n => Number(n.Value),
        TextLiteral t => $"'{t.Value.Replace("'", "''", StringComparison.Ordinal)}'",
        ArithmeticExpr { Op: ArithmeticOp.Divide } d => Divide(RenderRow(d.Left), RenderRow(d.Right)),
        ArithmeticExpr a => $"({RenderRow(a.Left)} {Operator(a.Op)} {RenderRow(a.Right)})",
        ComparisonExpr c => $"({RenderRow(c.Left)} {Operator(c.Op)} {RenderRow(c.Right)})",
        AndExpr a => $"({RenderRow(a.Left)} AND {RenderRow(a.Right)})",
        OrExpr o => $"({RenderRow(o.Left)} OR {RenderRow(o.Right)})",
        InExpr i => In(RenderRow(i.Value), i.Options.Select(RenderRow)),
        _ => throw new InvalidOperationException($"{node.GetType().Name} cannot stand inside an aggregate"),
    };

    /// <summary>
    /// <c>x IN (a, b)</c> as <c>(x = a OR x = b)</c>, with the same NULL semantics: DuckDB plans a constant IN
    /// list inside an aggregate as a join against the list, which cost ~0.3 s per list over 20 M commutes on two cores
    /// (profiled). The accepted commutes' mode test uses the dialect's <see cref="SqlDialect.OneOf"/> instead.
    /// </summary>
    internal static string In(string value, IEnumerable<string> options) =>
        $"({string.Join(" OR ", options.Select(o => $"{value} = {o}"))})";

    private static string Track(string denominator, List<string> denominators)
    {
        denominators.Add(denominator);
        return denominator;
    }

    private static string Ln(string x) => $"CASE WHEN ({x}) > 0 THEN LN({x}) ELSE NULL END";

    // 0·ln 0 = 0 (the limit), but a missing share (zero denominator) stays missing.
    private static string PLogP(string x) => $"CASE WHEN ({x}) IS NULL THEN NULL WHEN ({x}) > 0 THEN ({x}) * LN({x}) ELSE CAST(0 AS DOUBLE) END";

    private static string Divide(string numerator, string denominator) =>
        $"CASE WHEN ({denominator}) = 0 THEN NULL ELSE ({numerator}) / ({denominator}) END";

    private static string Number(double value) =>
        $"CAST({value.ToString("R", CultureInfo.InvariantCulture)} AS DOUBLE)";

    private static string Operator(ArithmeticOp op) => op switch
    {
        ArithmeticOp.Add => "+",
        ArithmeticOp.Subtract => "-",
        ArithmeticOp.Multiply => "*",
        ArithmeticOp.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static string Operator(ComparisonOp op) => op switch
    {
        ComparisonOp.Equal => "=",
        ComparisonOp.NotEqual => "<>",
        ComparisonOp.Less => "<",
        ComparisonOp.LessOrEqual => "<=",
        ComparisonOp.Greater => ">",
        ComparisonOp.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}

/// <summary>The fixed-point DECIMAL a SUM adds its summands in (<see cref="SqlRenderer.Sum"/>).</summary>
internal enum SumScale
{
    /// <summary>DECIMAL(38, 20): few rows, every double kept to 1e-20.</summary>
    Fine,

    /// <summary>DECIMAL(18, 8): tens of millions of rows (a two-ended fact table), 64-bit and fast.</summary>
    Coarse,
}
