using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="SqlRenderer"/> through a fresh in-memory DuckDB per test. Hierarchy: s1, s2 in district d1;
/// s3, s4 in d2; all in city c. Expected values are worked out by hand in each test from the rows it loads.
/// </summary>
public sealed class SqlRendererTests : IDisposable
{
    private const int Year = 2024;

    private static readonly AggregateExpr Persons = Sum(new ColumnRef("persons"));

    private static readonly AggregateExpr PersonMinutes =
        Sum(new ArithmeticExpr(ArithmeticOp.Multiply, new ColumnRef("persons"), new ColumnRef("minutes")));

    // s1 … s4 are numbered 1 … 4, as the hierarchy below holds them.
    private static readonly SubdistrictNumbers Numbers = SubdistrictNumbers.OfIds(["s1", "s2", "s3", "s4"]);

    private readonly DuckDbEngine engine = new();

    public SqlRendererTests()
    {
        engine.Load(new FactTable(FactSchemas.HierarchyTable,
        [
            new IntegerColumn("subdistrict_no", [1, 2, 3, 4]),
            new TextColumn("subdistrict_id", ["s1", "s2", "s3", "s4"]),
            new TextColumn("district_id", ["d1", "d1", "d2", "d2"]),
            new TextColumn("city_id", ["c", "c", "c", "c"]),
        ]));
        // Zone z groups s2 (of d1) and s3 (of d2): zones need not follow district lines in the engine.
        engine.Load(FactSchemas.ZoneMembers([("z", "s2"), ("z", "s3")], Numbers));
        string?[] levels = ["city", "zone", "district", "district", "subdistrict", "subdistrict", "subdistrict", "subdistrict"];
        string?[] units = ["c", "z", "d1", "d2", "s1", "s2", "s3", "s4"];
        engine.Load(new FactTable(FactSchemas.ScopeTable,
        [
            new TextColumn("level", levels),
            new TextColumn("unit_id", units),
            new NumberColumn("year", [.. units.Select(_ => (double)Year)]),
        ]));
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Rendered_sql_is_one_query_over_the_fact_hierarchy_and_scope_tables()
    {
        var sql = new SqlRenderer(SqlDialect.DuckDb).Render(Plan(new ArithmeticExpr(ArithmeticOp.Divide, PersonMinutes, Persons)));

        Assert.StartsWith("WITH ", sql, StringComparison.Ordinal);
        // Commutes are summed once per year and pair of end sub-districts, then each level adds up the pairs.
        Assert.Contains("FROM commutes f) f GROUP BY f.year, f.home_subdistrict_no, f.work_subdistrict_no", sql, StringComparison.Ordinal);
        Assert.Contains("FROM agg_pairs_commutes f JOIN hierarchy h ON f.home_subdistrict_no = h.subdistrict_no", sql, StringComparison.Ordinal);
        Assert.Contains("FROM scope s", sql, StringComparison.Ordinal);
        // One SELECT per level joined by UNION ALL: four levels, three unions.
        Assert.Equal(3, sql.Split("UNION ALL").Length - 1);
    }

    [Fact]
    public void Zero_denominator_gives_null_value_and_the_flag()
    {
        LoadCommutes(
            (Year, "s1", 10, 1, "walk"),
            (Year, "s3", 20, 0, "walk")); // s3: persons 0, so both sums are 0; s4 has no rows at all

        var values = Evaluate(new ArithmeticExpr(ArithmeticOp.Divide, PersonMinutes, Persons));

        Assert.Null(values[("subdistrict", "s3")].Value);
        Assert.True(values[("subdistrict", "s3")].ZeroDenominator);
        Assert.Null(values[("subdistrict", "s4")].Value);
        Assert.True(values[("subdistrict", "s4")].ZeroDenominator);
        // d2 = s3 + s4: denominator 0 + 0.
        Assert.Null(values[("district", "d2")].Value);
        Assert.True(values[("district", "d2")].ZeroDenominator);
        // s1: 10·1 / 1 = 10, a real denominator.
        Assert.Equal(10, values[("subdistrict", "s1")].Value!.Value, 12);
        Assert.False(values[("subdistrict", "s1")].ZeroDenominator);
    }

    [Fact]
    public void Formula_without_division_never_flags_zero_denominator()
    {
        LoadCommutes((Year, "s1", 10, 1, "walk"));

        var values = Evaluate(Persons);

        // s4 has no rows: the sum is 0 (COALESCE), not null, and there is no denominator to flag.
        Assert.Equal(0, values[("subdistrict", "s4")].Value!.Value, 12);
        Assert.False(values[("subdistrict", "s4")].ZeroDenominator);
    }

    [Fact]
    public void Input_rows_counts_the_rows_of_each_unit_and_year()
    {
        LoadCommutes(
            (Year, "s1", 10, 1, "walk"),
            (Year, "s2", 30, 3, "rail"),
            (Year, "s2", 50, 1, "car"),
            (Year, "s3", 20, 0, "bus"),
            (Year - 1, "s1", 99, 9, "car"), // another year: not counted in 2024
            (Year, null, 40, 2, "car")); // home outside the city: belongs to no unit by home

        var values = Evaluate(Persons);

        // Counted by hand from the rows above.
        Assert.Equal(1, values[("subdistrict", "s1")].InputRows);
        Assert.Equal(2, values[("subdistrict", "s2")].InputRows);
        Assert.Equal(1, values[("subdistrict", "s3")].InputRows);
        Assert.Equal(0, values[("subdistrict", "s4")].InputRows);
        Assert.Equal(3, values[("district", "d1")].InputRows);
        Assert.Equal(1, values[("district", "d2")].InputRows);
        Assert.Equal(4, values[("city", "c")].InputRows);
        Assert.Equal(1 + 3 + 1 + 0, values[("city", "c")].Value!.Value, 12);
    }

    [Fact]
    public void Input_rows_counts_the_source_rows_of_the_unit_whatever_the_filter()
    {
        LoadCommutes(
            (Year, "s1", 10, 1, "walk"),
            (Year, "s1", 70, 2, "car"),
            (Year, "s1", 65, 4, "bus"));

        var over60 = Sum(new ColumnRef("persons"), new ComparisonExpr(ComparisonOp.Greater, new ColumnRef("minutes"), new NumberLiteral(60)));
        var values = Evaluate(over60);

        // input_rows is the fact rows the formula reads for the unit (all three); the filter only picks the summands.
        Assert.Equal(3, values[("subdistrict", "s1")].InputRows);
        Assert.Equal(2 + 4, values[("subdistrict", "s1")].Value!.Value, 12);
    }

    [Fact]
    public void Text_literal_with_a_quote_is_escaped()
    {
        LoadCommutes(
            (Year, "s1", 10, 2, "O'Hare"),
            (Year, "s1", 10, 5, "O"),
            (Year, "s1", 10, 7, "Hare"));

        var values = Evaluate(Sum(new ColumnRef("persons"), new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("mode"), new TextLiteral("O'Hare"))));

        // Only the row whose mode is exactly O'Hare: 2 persons.
        Assert.Equal(2, values[("subdistrict", "s1")].Value!.Value, 12);
    }

    [Fact]
    public void Text_literal_cannot_break_out_of_its_quotes()
    {
        LoadCommutes(
            (Year, "s1", 10, 2, "walk"),
            (Year, "s1", 10, 5, "car"));

        var values = Evaluate(Sum(new ColumnRef("persons"), new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("mode"), new TextLiteral("x' OR '1'='1"))));

        // No mode equals that text, so no row passes: 0, not 7.
        Assert.Equal(0, values[("subdistrict", "s1")].Value!.Value, 12);
    }

    [Fact]
    public void District_and_city_divide_summed_numerators_by_summed_denominators()
    {
        LoadCommutes(
            (Year, "s1", 10, 1, "walk"),
            (Year, "s2", 30, 3, "rail"),
            (Year, "s2", 50, 1, "car"),
            (Year, "s3", 60, 1, "bus"));

        var values = Evaluate(new ArithmeticExpr(ArithmeticOp.Divide, PersonMinutes, Persons));

        // s1 = 10/1 = 10; s2 = (90 + 50)/4 = 35. d1 = (10 + 140)/(1 + 4) = 30, whereas the mean of ratios would be 22.5.
        Assert.Equal(10, values[("subdistrict", "s1")].Value!.Value, 12);
        Assert.Equal(35, values[("subdistrict", "s2")].Value!.Value, 12);
        Assert.Equal(30, values[("district", "d1")].Value!.Value, 12);
        // d2 = 60/1 (s4 adds nothing); c = (10 + 140 + 60)/(1 + 4 + 1) = 35, whereas the mean of d1, d2 is 45.
        Assert.Equal(60, values[("district", "d2")].Value!.Value, 12);
        Assert.Equal(35, values[("city", "c")].Value!.Value, 12);
    }

    [Fact]
    public void Every_scope_row_gets_exactly_one_value()
    {
        LoadCommutes((Year, "s1", 10, 1, "walk"));

        var raw = engine.Evaluate(Plan(new ArithmeticExpr(ArithmeticOp.Divide, PersonMinutes, Persons)));

        // Eight scope rows (1 city, 1 zone, 2 districts, 4 sub-districts), each once, all for 2024.
        Assert.Equal(8, raw.Count);
        Assert.Equal(8, raw.Select(v => (v.Level, v.UnitId)).Distinct().Count());
        Assert.All(raw, v => Assert.Equal(Year, v.Year));
    }

    [Fact]
    public void A_sum_of_commutes_is_the_same_to_the_bit_whatever_the_order_of_its_rows()
    {
        // In doubles (0.1 + 0.2) + 0.3 = 0.6000000000000001 but (0.3 + 0.2) + 0.1 = 0.6: a double SUM changes its last
        // bits with the order the engine adds rows in, which varies between runs across threads. Summed exactly,
        // both orders give 6/10, read back as the double nearest it, 0.6.
        Assert.NotEqual((0.1 + 0.2) + 0.3, (0.3 + 0.2) + 0.1);
        LoadCommutes((Year, "s1", 10, 0.1, "walk"), (Year, "s1", 10, 0.2, "walk"), (Year, "s1", 10, 0.3, "walk"));
        var forward = Evaluate(Persons);
        LoadCommutes((Year, "s1", 10, 0.3, "walk"), (Year, "s1", 10, 0.2, "walk"), (Year, "s1", 10, 0.1, "walk"));
        var backward = Evaluate(Persons);

        foreach (var unit in new[] { ("subdistrict", "s1"), ("district", "d1"), ("city", "c") })
        {
            Assert.Equal(0.6, forward[unit].Value);
            Assert.Equal(0.6, backward[unit].Value);
        }
    }

    [Fact]
    public void A_one_ended_source_is_summed_once_per_subdistrict_and_each_level_adds_the_exact_sums()
    {
        // s1 has 1.1 and s2 has 0.7 + 0.1. Rounded to a double per sub-district first, d1 would be
        // 1.1 + 0.7999999999999999 = 1.9000000000000001 (summed exactly); the sub-districts' exact sums added up are the
        // exact sum of the three rows, read back as 1.9: what one exact sum over d1's rows gives (queried directly).
        LoadCensus(["s1", "s2", "s2"], [1.1, 0.7, 0.1]);
        var residents = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, new ColumnRef("residents"), null);
        var plan = Plan(residents);

        var values = engine.Evaluate(plan).ToDictionary(v => (v.Level.ToText(), v.UnitId));
        var batch = new SqlRenderer(SqlDialect.DuckDb).RenderBatch([plan]);
        var oneSum = engine.QueryRows("SELECT CAST(SUM(CAST(residents AS DECIMAL(38, 20))) AS DOUBLE) FROM census")[0][0];

        Assert.Equal(1.9, values[("district", "d1")].Value);
        Assert.Equal(oneSum, values[("district", "d1")].Value);
        Assert.Equal(1.9, values[("city", "c")].Value);
        Assert.Equal(3, values[("district", "d1")].InputRows);
        // The census is read by one aggregation; the four levels read its sub-district sums.
        Assert.Single(batch.Aggregations, a => a.Sql.Contains("FROM census f", StringComparison.Ordinal));
        // Sub-districts are grouped and rolled up by number, on any engine; the district's id comes from the hierarchy.
        Assert.Contains("GROUP BY f.subdistrict_no, f.year", batch.Aggregations.Single(a => a.Table == "agg_subdistricts_census").Sql, StringComparison.Ordinal);
        Assert.Contains(
            "SELECT h.district_id AS unit_id, f.year AS year, CAST(SUM(f.s0) AS DOUBLE) AS v0, CAST(SUM(f.n) AS BIGINT) AS n " +
            "FROM agg_subdistricts_census f JOIN hierarchy h ON f.subdistrict_no = h.subdistrict_no GROUP BY h.district_id, f.year",
            batch.Aggregations.Select(a => a.Sql));
    }

    [Fact]
    public void A_sum_of_a_one_ended_source_is_the_same_to_the_bit_whatever_the_order_of_its_rows()
    {
        var residents = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, new ColumnRef("residents"), null);
        double?[] values = [];
        foreach (var order in new double[][] { [0.1, 0.2, 0.3], [0.3, 0.2, 0.1] })
        {
            LoadCensus(["s1", "s1", "s1"], order);
            values = [.. values, .. engine.Evaluate(Plan(residents)).Where(v => v.UnitId is "s1" or "c").Select(v => v.Value)];
        }

        // s1 and the city, in each order: 0.1 + 0.2 + 0.3 exactly, as in the test above.
        Assert.Equal([0.6, 0.6, 0.6, 0.6], values);
    }

    [Fact]
    public void One_ended_sums_round_each_value_once_and_share_a_sum_that_renders_alike()
    {
        // s1 has 1 resident in one row; s2 has 2 and 4 in two rows.
        LoadCensus(["s1", "s2", "s2"], [1, 2, 4]);
        var residents = new ColumnRef("residents");
        // Two aggregates equal in all but their option lists' identity: records compare lists by reference.
        PlanExpr TwoOrFour() => new InExpr(residents, [new NumberLiteral(2), new NumberLiteral(4)]);
        var some = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, residents, TwoOrFour());
        var someAgain = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, residents, TwoOrFour());
        var all = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, residents, null);
        var plan = Plan(new ArithmeticExpr(ArithmeticOp.Divide, new ArithmeticExpr(ArithmeticOp.Add, some, someAgain), all));

        var sums = new SqlRenderer(SqlDialect.DuckDb).RenderBatch([plan]).Aggregations.Single(a => a.Table == "agg_subdistricts_census").Sql;
        var values = engine.Evaluate(plan).ToDictionary(v => (v.Level.ToText(), v.UnitId));

        // One value (residents) rounded once; two distinct sums (filtered, all): s0 and s1, no s2.
        Assert.Equal(1, sums.Split("AS DECIMAL(38, 20)) AS d", StringSplitOptions.None).Length - 1);
        Assert.Contains("THEN f.d0 ELSE CAST(0 AS DECIMAL(38, 20)) END) AS s0, SUM(f.d0) AS s1, COUNT(*) AS n", sums, StringComparison.Ordinal);
        Assert.DoesNotContain(" AS s2", sums, StringComparison.Ordinal);
        // s1: (0 + 0) / 1; s2: (6 + 6) / 6; d1 and the city: (6 + 6) / 7.
        Assert.Equal(0, values[("subdistrict", "s1")].Value);
        Assert.Equal(2, values[("subdistrict", "s2")].Value);
        Assert.Equal(12.0 / 7, values[("district", "d1")].Value);
        Assert.Equal(12.0 / 7, values[("city", "c")].Value);
        Assert.Equal([6.0, 6.0, 7.0], values[("district", "d1")].Components);
    }

    [Fact]
    public void Plans_evaluated_side_by_side_keep_their_order_and_values()
    {
        LoadCensus(["s1", "s3"], [10, 30]);
        var residents = new AggregateExpr(AggregateKind.Sum, FactSchemas.Census.Name, new ColumnRef("residents"), null);
        // Plan k is k times the residents: more plans than cores, so each connection runs several.
        var plans = Enumerable.Range(1, 12)
            .Select(k => new IndicatorPlan($"p{k:D2}", new ArithmeticExpr(ArithmeticOp.Multiply, new NumberLiteral(k), residents), [UnitLevel.City, UnitLevel.District]))
            .ToList();

        var values = engine.EvaluateAll(plans, UntimedClock.Instance);

        // Each plan's three rows (the city and two districts) before the next plan's; d1 has 10, d2 30, the city 40 residents.
        Assert.Equal(plans.SelectMany(p => Enumerable.Repeat(p.IndicatorId, 3)), values.Select(v => v.IndicatorId));
        var byUnit = values.ToDictionary(v => (v.IndicatorId, v.UnitId), v => v.Value);
        for (var k = 1; k <= 12; k++)
        {
            Assert.Equal(40.0 * k, byUnit[($"p{k:D2}", "c")]);
            Assert.Equal(10.0 * k, byUnit[($"p{k:D2}", "d1")]);
            Assert.Equal(30.0 * k, byUnit[($"p{k:D2}", "d2")]);
        }
    }

    private static AggregateExpr Sum(PlanExpr value, PlanExpr? filter = null) =>
        new(AggregateKind.Sum, FactSchemas.CommutesByHome.Name, value, filter);

    private static IndicatorPlan Plan(PlanExpr formula) => new("test_indicator", formula, UnitLevels.All);

    [Fact]
    public void A_zone_sums_its_subdistricts_and_same_unit_means_both_ends_in_the_zone()
    {
        LoadZoneCommutes();
        var contained = Sum(new ColumnRef("persons"), new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("same_unit"), new NumberLiteral(1)));

        var values = Evaluate(new ArithmeticExpr(ArithmeticOp.Divide, contained, Persons));

        // z = {s2, s3}: s2→s3 (2) and s3→s3 (1) stay inside, s2→s1 (3) leaves: 3 / 6.
        Assert.Equal(0.5, values[("zone", "z")].Value!.Value, 12);
        // d1 = {s1, s2}: of s2's 5 residents only the 3 working in s1 stay in d1.
        Assert.Equal(0.6, values[("district", "d1")].Value!.Value, 12);
        // d2 = {s3, s4}: s3→s3 stays.
        Assert.Equal(1, values[("district", "d2")].Value!.Value, 12);
        Assert.Equal(1, values[("city", "c")].Value!.Value, 12);
    }

    [Fact]
    public void Same_unit_in_a_compound_filter_is_decided_per_pair_and_a_decided_case_adds_no_sum()
    {
        LoadZoneCommutes();
        var sameUnit = new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("same_unit"), new NumberLiteral(1));
        var differentUnit = new ComparisonExpr(ComparisonOp.Equal, new ColumnRef("same_unit"), new NumberLiteral(0));
        var shortStay = Sum(new ColumnRef("persons"), new AndExpr(sameUnit, new ComparisonExpr(ComparisonOp.LessOrEqual, new ColumnRef("minutes"), new NumberLiteral(15))));
        var leaveOrLong = Sum(new ColumnRef("persons"), new OrExpr(differentUnit, new ComparisonExpr(ComparisonOp.Greater, new ColumnRef("minutes"), new NumberLiteral(25))));

        var stay = Evaluate(new ArithmeticExpr(ArithmeticOp.Divide, shortStay, Persons));
        var leave = Evaluate(new ArithmeticExpr(ArithmeticOp.Divide, leaveOrLong, Persons));

        // Staying within 15 min: z keeps s2→s3 (2, 10 min) of 6; d1 keeps only s2→s1 (20 min) of its 5: 0; city: 2 of 6.
        Assert.Equal(1.0 / 3, stay[("zone", "z")].Value!.Value, 12);
        Assert.Equal(0, stay[("district", "d1")].Value!.Value, 12);
        Assert.Equal(1.0 / 3, stay[("city", "c")].Value!.Value, 12);
        // Leaving or over 25 min: z loses s2→s1 (3) and has s3→s3 at 30 min (1): 4 of 6; d1 loses s2→s3 (2) of 5;
        // nobody leaves the city, 1 of 6 is over 25 min.
        Assert.Equal(4.0 / 6, leave[("zone", "z")].Value!.Value, 12);
        Assert.Equal(0.4, leave[("district", "d1")].Value!.Value, 12);
        Assert.Equal(1.0 / 6, leave[("city", "c")].Value!.Value, 12);

        // sum(persons where same_unit = 1) is sum(persons) for a pair in one unit and 0 for one that is not:
        // the pair table sums persons once and nothing else.
        var contained = Sum(new ColumnRef("persons"), sameUnit);
        var sql = new SqlRenderer(SqlDialect.DuckDb).Render(Plan(new ArithmeticExpr(ArithmeticOp.Divide, contained, Persons)));
        Assert.Contains("CAST(SUM(f.d0) AS DOUBLE) AS p0, COUNT(*) AS n FROM (SELECT f.*, CAST(f.persons AS DECIMAL(18, 8)) AS d0 FROM commutes f) f", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" AS p1", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_sums_round_each_summed_value_once_and_filter_the_rounded_value()
    {
        LoadZoneCommutes();
        var quick = Sum(new ColumnRef("persons"), new ComparisonExpr(ComparisonOp.LessOrEqual, new ColumnRef("minutes"), new NumberLiteral(20)));
        var personMinutes = Sum(new ArithmeticExpr(ArithmeticOp.Multiply, new ColumnRef("persons"), new ColumnRef("minutes")));
        var plans = new[] { Plan(new ArithmeticExpr(ArithmeticOp.Divide, quick, Persons)), Plan(new ArithmeticExpr(ArithmeticOp.Divide, personMinutes, Persons)) };

        var pairs = new SqlRenderer(SqlDialect.DuckDb).RenderBatch(plans).Aggregations.Single(a => a.Table == "agg_pairs_commutes").Sql;
        // Two values (persons; persons × minutes) for three sums: two casts, and the filtered sum picks the cast value or 0.
        Assert.Equal(2, pairs.Split("AS DECIMAL(18, 8)) AS d", StringSplitOptions.None).Length - 1);
        Assert.Contains("CASE WHEN (f.minutes <= CAST(20 AS DOUBLE)) THEN f.d0 ELSE CAST(0 AS DECIMAL(18, 8)) END", pairs, StringComparison.Ordinal);

        // City: 2 + 3 of 6 persons commute within 20 min; person-minutes 2·10 + 3·20 + 1·30 = 110 over 6 persons.
        var values = plans.Select(p => engine.Evaluate(p).Single(v => v.Level == UnitLevel.City)).ToList();
        Assert.Equal(5.0 / 6, values[0].Value!.Value, 12);
        Assert.Equal(110.0 / 6, values[1].Value!.Value, 12);
    }

    private Dictionary<(string Level, string UnitId), IndicatorValue> Evaluate(PlanExpr formula) =>
        engine.Evaluate(Plan(formula)).ToDictionary(v => (v.Level.ToText(), v.UnitId));

    // s2→s3 (2 persons, 10 min), s2→s1 (3, 20 min), s3→s3 (1, 30 min): zone z = {s2, s3} cuts across d1 and d2.
    // One census row per sub-district id given, in the test's year.
    private void LoadCensus(string[] subdistricts, double[] residents) => engine.Load(new FactTable("census",
    [
        new NumberColumn("year", [.. subdistricts.Select(_ => (double)Year)]),
        new IntegerColumn(FactSchemas.SubdistrictKey, [.. subdistricts.Select(s => (long?)Numbers.Of(s))]),
        new NumberColumn("residents", residents),
    ]));

    private void LoadZoneCommutes() =>
        engine.Load(new FactTable("commutes",
        [
            new NumberColumn("year", [Year, Year, Year]),
            new IntegerColumn("home_subdistrict_no", [2, 2, 3]),
            new IntegerColumn("work_subdistrict_no", [3, 1, 3]),
            new NumberColumn("minutes", [10, 20, 30]),
            new NumberColumn("persons", [2, 3, 1]),
            new TextColumn("mode", ["bus", "bus", "bus"]),
            new NumberColumn("distance_km", [1, 1, 1]),
        ]));

    private void LoadCommutes(params (int Year, string? Home, double Minutes, double Persons, string Mode)[] rows) =>
        engine.Load(new FactTable("commutes",
        [
            new NumberColumn("year", [.. rows.Select(r => (double)r.Year)]),
            new IntegerColumn("home_subdistrict_no", [.. rows.Select(r => Numbers.Of(r.Home))]),
            new IntegerColumn("work_subdistrict_no", [.. rows.Select(r => (long?)null)]),
            new NumberColumn("minutes", [.. rows.Select(r => r.Minutes)]),
            new NumberColumn("persons", [.. rows.Select(r => r.Persons)]),
            new TextColumn("mode", [.. rows.Select(r => (string?)r.Mode)]),
            new NumberColumn("distance_km", [.. rows.Select(_ => double.NaN)]),
        ]));
}
