using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// The commute pair sums by the engine's kernel against the SQL that defines them (<see cref="PairTables"/>): every
/// pair, every sum's bits and n equal, on random commutes that reach the kernel's corners; a hand-worked case; and
/// the failures both must stop on.
/// </summary>
public sealed class PairKernelTests
{
    private const double Null = double.NaN;

    // Every shape of formula the kernel compiles, as a catalog writes them.
    private static readonly string[] Formulas =
    [
        "sum(commutes_by_home.persons)",
        "sum(commutes_by_home.persons * minutes)",
        "sum(commutes_by_home.persons * distance_km)",
        "sum(commutes_by_work.distance_km)",
        "sum(commutes_by_home.persons where minutes = 30)",
        "sum(commutes_by_home.persons where minutes != 30)",
        "sum(commutes_by_home.persons where minutes < 30)",
        "sum(commutes_by_home.persons where minutes <= 30)",
        "sum(commutes_by_home.persons where minutes > 30)",
        "sum(commutes_by_home.persons where minutes >= 30)",
        "sum(commutes_by_home.persons * distance_km where distance_km != 2.5)",
        "sum(commutes_by_home.persons * distance_km where minutes < 45 and mode in ('bus', '地铁', 'metro_express_line_long'))",
        "sum(commutes_by_home.persons where mode <> 'car' or distance_km > 10)",
        "sum(commutes_by_home.persons where mode = 'car' or mode = '自行车与公交车换乘模式')",
        "sum(commutes_by_home.persons where mode < 'c')",
        "sum(commutes_by_home.persons where mode >= '地')",
        "sum(commutes_by_home.persons where mode in ('walk', 'nodistance') and distance_km <= 3)",
        "sum(commutes_by_work.persons where home_cell = work_cell)",
        "sum(commutes_by_work.persons where home_cell > work_cell)",
        "sum(commutes_by_home.distance_km / minutes)",
        "sum(commutes_by_home.persons - minutes / 3 + 0.1)",
        "sum(commutes_by_home.minutes / 3 - persons * minutes)",
        "sum(commutes_by_home.persons * home_covered_rail_station_800m where work_covered_rail_station_800m = 1)",
        "sum(commutes_by_home.persons where same_unit = 1)",
        "sum(commutes_by_home.persons * minutes where same_unit = 0 and minutes > 20)",
        "sum(commutes_by_work.distance_km where same_unit = 1 or mode = 'bus')",
        "sum(commutes_by_home.distance_km where mode = 'nodistance')",
    ];

    private static readonly string[] Modes =
        ["walk", "bike", "bus", "car", "rail", "metro_express_line_long", "地铁", "自行车与公交车换乘模式", "", "c"];

    [Fact]
    public void Kernel_builds_the_pair_table_the_sql_builds_on_random_commutes()
    {
        var rows = RandomCommutes(seed: 7);
        Assert.True(rows.Count > 3 * 2048);
        using var tables = new PairTables(rows, subdistricts: 60);
        var plans = PairTables.Plans(Formulas);

        var sql = tables.BySql(plans);
        var kernel = tables.ByKernel(plans);

        AssertSameTable(sql, kernel);
        // The fixture reaches the corners: NULL ends, sums without value, and sums beyond 2^63 units.
        Assert.Contains(sql, r => r.Contains(" NULL ", StringComparison.Ordinal));
        var spilled = double.Parse(sql.Single(r => r.StartsWith("2024 3 5 ", StringComparison.Ordinal)).Split(' ', '#')[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(spilled > long.MaxValue / 1e8, $"persons × minutes of 3 → 5 is {spilled}");
        Assert.True(sql.Count > 500, $"{sql.Count} pairs");
    }

    [Fact]
    public void Kernel_builds_the_pair_table_the_sql_builds_across_row_groups_and_threads()
    {
        // 300,000 rows are three of DuckDB's row groups, which its threads scan apart and the kernel's workers merge.
        var rows = Enumerable.Range(0, 60).SelectMany(i => RandomCommutes(seed: 100 + i)).ToList();
        Assert.True(rows.Count > 2 * 122_880);
        using var tables = new PairTables(rows, subdistricts: 60);
        var plans = PairTables.Plans(Formulas);

        AssertSameTable(tables.BySql(plans), tables.ByKernel(plans));
    }

    [Fact]
    public void Hand_worked_pairs_come_out_of_both_the_sql_and_the_kernel()
    {
        CommuteRow[] rows =
        [
            // Pair A: 2024, sub-district 1 → 2.
            new(2024, 1, 2, Persons: 2, Minutes: 10, DistanceKm: 3.5, Mode: "bus"),
            new(2024, 1, 2, Persons: 1, Minutes: 40, DistanceKm: Null, Mode: "car"),
            new(2024, 1, 2, Persons: 0.5, Minutes: 20, DistanceKm: 2, Mode: "walk"),
            // Pair B: 2024, sub-district 2 → outside the city; no row has a distance.
            new(2024, 2, null, Persons: 3, Minutes: 30, DistanceKm: Null, Mode: "car"),
            new(2024, 2, null, Persons: 1, Minutes: 50, DistanceKm: Null, Mode: "car"),
            new(2024, 2, null, Persons: 4, Minutes: 5, DistanceKm: Null, Mode: "walk"),
        ];
        using var tables = new PairTables(rows, subdistricts: 2);
        var plans = PairTables.Plans(
        [
            "sum(commutes_by_home.persons)",
            "sum(commutes_by_home.persons * distance_km)",
            "sum(commutes_by_home.persons * distance_km where mode = 'car')",
            "sum(commutes_by_home.persons * minutes where minutes >= 30)",
        ]);

        // p0 persons:                  A 2 + 1 + 0.5 = 3.5;          B 3 + 1 + 4 = 8.
        // p1 persons × distance:       A 2·3.5 + (none) + 0.5·2 = 8; B no row has a value: NULL.
        // p2 … where mode = 'car':     A the car row has none, the others add 0: 0;
        //                              B both car rows have none, the walk row adds 0: 0, not NULL.
        // p3 persons × minutes ≥ 30:   A 1·40 = 40;                  B 3·30 + 1·50 = 140.
        string[] expected =
        [
            $"2024 1 2 {D(3.5)} {D(8)} {D(0)} {D(40)} 3",
            $"2024 2 NULL {D(8)} NULL {D(0)} {D(140)} 3",
        ];
        Assert.Equal(expected, tables.BySql(plans));
        Assert.Equal(expected, tables.ByKernel(plans));
    }

    // 1 person × 20 minutes × 1e9 = 2e10 on the bike row, beyond DECIMAL(18, 8)'s 1e10 (the bus row's 2e9 fits). The SQL
    // rounds every row's value before any filter, so the bike row fails a sum of buses too.
    [Theory]
    [InlineData("sum(commutes_by_home.persons * minutes * 1000000000)")]
    [InlineData("sum(commutes_by_home.persons * minutes * 1000000000 where mode = 'bus')")]
    public void A_value_decimal_18_8_cannot_hold_fails_both_and_the_kernel_names_the_pair_table(string formula)
    {
        CommuteRow[] rows =
        [
            new(2024, 1, 2, Persons: 0.1, Minutes: 20, DistanceKm: 1, Mode: "bus"),
            new(2024, 1, 2, Persons: 1, Minutes: 20, DistanceKm: 1, Mode: "bike"),
        ];
        using var tables = new PairTables(rows, subdistricts: 2);
        var plans = PairTables.Plans([formula]);

        Assert.Contains("DECIMAL(18,8)", tables.SqlFailure(plans).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var error = tables.KernelFailure(plans);
        Assert.StartsWith("engine duckdb failed building agg_pairs_commutes: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("20000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subdistrict_number_beyond_the_kernels_square_is_a_one_line_engine_error()
    {
        CommuteRow[] rows =
        [
            new(2024, 1, 2, Persons: 1, Minutes: 10, DistanceKm: 1, Mode: "bus"),
            new(2024, 2048, 2, Persons: 1, Minutes: 10, DistanceKm: 1, Mode: "bus"),
        ];
        using var tables = new PairTables(rows, subdistricts: 2);

        var error = tables.KernelFailure(PairTables.Plans(["sum(commutes_by_home.persons)"]));

        Assert.Equal("engine duckdb sums commutes between at most 2,047 sub-districts; sub-district number 2,048 is beyond", error.Message);
    }

    [Fact]
    public void The_largest_subdistrict_number_the_kernel_holds_sums_as_the_sql_does()
    {
        CommuteRow[] rows =
        [
            new(2024, 2047, 2047, Persons: 1.25, Minutes: 10, DistanceKm: 1, Mode: "bus"),
            new(2024, 1, 2047, Persons: 2, Minutes: 10, DistanceKm: Null, Mode: "bus"),
            new(2024, 2047, null, Persons: 3, Minutes: 10, DistanceKm: 1, Mode: "bus"),
        ];
        using var tables = new PairTables(rows, subdistricts: 2047);
        var plans = PairTables.Plans(["sum(commutes_by_home.persons * distance_km)"]);

        AssertSameTable(tables.BySql(plans), tables.ByKernel(plans));
    }

    private static void AssertSameTable(IReadOnlyList<string> sql, IReadOnlyList<string> kernel)
    {
        var differences = sql.Zip(kernel).Where(p => p.First != p.Second).Select(p => $"sql    {p.First}\nkernel {p.Second}").Take(5).ToList();
        Assert.True(sql.Count == kernel.Count && differences.Count == 0, $"{sql.Count} pairs by SQL, {kernel.Count} by the kernel\n{string.Join("\n", differences)}");
    }

    private static string D(double value) => $"{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}#{BitConverter.DoubleToInt64Bits(value):x16}";

    // Several thousand commutes in runs that exercise the kernel: years mixed inside a chunk and in runs across
    // chunks, NULL ends and distances, zero minutes (÷ 0), long and non-ASCII modes, a pair whose sums pass 2^63
    // units (the 64-bit slots spill), and keys that first appear late (the worker's square widens with sums in it).
    private static List<CommuteRow> RandomCommutes(int seed)
    {
        var random = new Random(seed);
        var rows = new List<CommuteRow>();
        for (var i = 0; i < 30; i++)
        {
            // 30 × ±9.99e9: ±3e11, or 3e19 units, beyond a long's 9.2e18.
            rows.Add(new(2024, 3, 5, Persons: 1_000_000, Minutes: 9_990 + random.Next(9), DistanceKm: Null, Mode: "car"));
        }

        rows.AddRange(Enumerable.Range(0, 5000).Select(_ => Random(random, random.Next(2) == 0 ? 2023 : 2024, maxKey: 12)));
        rows.AddRange(Enumerable.Range(0, 3).Select(_ => new CommuteRow(2024, 13, 40, Persons: 2, Minutes: 15, DistanceKm: Null, Mode: "nodistance")));
        rows.AddRange(Enumerable.Range(0, 2100).Select(_ => Random(random, 2023, maxKey: 60)));
        rows.AddRange(Enumerable.Range(0, 2100).Select(_ => Random(random, 2024, maxKey: 60)));
        return rows;
    }

    private static CommuteRow Random(Random random, int year, int maxKey)
    {
        long? Key() => random.Next(10) == 0 ? null : random.Next(1, maxKey + 1);
        var minutes = random.Next(8) == 0 ? 0 : random.Next(4) == 0 ? 30 : Math.Round(random.NextDouble() * 120, 2);
        var distance = random.Next(10) == 0 ? Null : random.Next(10) == 0 ? 2.5 : random.NextDouble() * 50;
        var cells = new[] { "c1", "c2", "c10", null };
        return new CommuteRow(
            year,
            Key(),
            Key(),
            Persons: random.Next(6) == 0 ? 0 : random.NextDouble() * 5,
            minutes,
            distance,
            Mode: random.Next(50) == 0 ? null : Modes[random.Next(Modes.Length)],
            HomeRail: random.Next(2),
            WorkRail: random.Next(2),
            HomeCell: cells[random.Next(cells.Length)],
            WorkCell: cells[random.Next(cells.Length)]);
    }
}
