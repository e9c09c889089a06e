using System.Globalization;
using System.Numerics;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Engines.DuckDb.Pairs;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="FixedPoint"/> against DuckDB's own casts, which the pair sums' SQL uses: a double to DECIMAL(18, 8)
/// (each summand) and a DECIMAL(38, 8) back to DOUBLE (each sum). DuckDB is the oracle; nothing here re-derives
/// its arithmetic.
/// </summary>
public sealed class FixedPointTests : IDisposable
{
    private readonly DuckDbEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Rounding_to_units_is_duckdbs_cast_to_decimal_18_8()
    {
        var values = RoundingCases();
        // The set must hold exact halves of a unit (x · 1e8 = k + ½ in doubles), where rounding rules differ.
        Assert.True(values.Count(x => Math.Abs((x * 1e8) % 1) == 0.5) >= 50);

        var disagreements = new List<string>();
        foreach (var (x, duck) in values.Zip(DuckDbUnits(values)))
        {
            var ours = FixedPoint.TryRound(x, out var units) ? units : (long?)null;
            if (ours != duck)
            {
                disagreements.Add($"{x:R}: FixedPoint {ours?.ToString(CultureInfo.InvariantCulture) ?? "refused"}, DuckDB {duck?.ToString(CultureInfo.InvariantCulture) ?? "refused"}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {values.Count} differ, e.g.\n{string.Join("\n", disagreements.Take(10))}");
    }

    [Fact]
    public void Values_decimal_18_8_cannot_hold_are_refused_as_duckdb_refuses_them()
    {
        // 1e10 needs 19 digits at scale 8; the largest double below it is 9999999999.999998, 18 digits.
        double[] refused = [1e10, -1e10, 1e12, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue];
        double[] held = [Math.BitDecrement(1e10), -Math.BitDecrement(1e10), -9_999_999_999.99999, 9_999_999_999.9999];

        Assert.All(refused, x => Assert.False(FixedPoint.TryRound(x, out _), $"{x:R} is held"));
        Assert.All(DuckDbUnits(refused), Assert.Null);
        Assert.Equal(DuckDbUnits(held), held.Select(x => FixedPoint.TryRound(x, out var u) ? u : (long?)null));
    }

    [Fact]
    public void A_sum_of_units_becomes_the_double_duckdb_casts_decimal_38_8_to()
    {
        var random = new Random(20261201);
        var largest = Int128.Parse("99999999999999999999999999999", CultureInfo.InvariantCulture);
        var sums = new List<Int128>
        {
            0, 1, -1, 5, 99_999_999, 100_000_000, -100_000_001, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1,
            long.MaxValue, long.MinValue, (Int128)long.MaxValue * 3, -(Int128)long.MaxValue * 7, largest, -largest,
        };
        for (var i = 0; i < 600; i++)
        {
            // Magnitudes from one unit to 1e29 units (1e21 in value): both of DuckDB's paths, below and beyond 2^53.
            var digits = random.Next(1, 30);
            var magnitude = Int128.Parse(string.Concat(Enumerable.Range(0, digits).Select(d => (char)('0' + (d == 0 ? random.Next(1, 10) : random.Next(10))))), CultureInfo.InvariantCulture);
            sums.Add(random.Next(2) == 0 ? magnitude : -magnitude);
        }

        Assert.True(sums.Count(s => Int128.Abs(s) > (1L << 53)) > 200);
        var texts = sums.Select(Decimal8).ToList();
        var duck = engine.QueryRows($"SELECT i, CAST(CAST(s AS DECIMAL(38, 8)) AS DOUBLE) FROM (VALUES {string.Join(", ", texts.Select((t, i) => $"({i}, '{t}')"))}) v(i, s) ORDER BY i")
            .Select(r => (double)r[1]!).ToList();

        var disagreements = sums.Zip(duck)
            .Where(p => BitConverter.DoubleToInt64Bits(FixedPoint.ToDouble(p.First)) != BitConverter.DoubleToInt64Bits(p.Second))
            .Select(p => $"{Decimal8(p.First)}: FixedPoint {FixedPoint.ToDouble(p.First):R}, DuckDB {p.Second:R}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {sums.Count} differ, e.g.\n{string.Join("\n", disagreements.Take(10))}");
    }

    // Random magnitudes 1e-9 … 1e12 of both signs, exact halves of a unit, values at the DECIMAL's edge (1e10),
    // signed zeros and denormals.
    private static List<double> RoundingCases()
    {
        var random = new Random(42);
        var values = new List<double> { 0.0, -0.0, double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, 0.000000005, -0.000000005, 2.5e-8, -2.5e-8, 1.5e-8, 0.000000015, 1e-9, 4.9999999e-9, 5.0000001e-9 };
        for (var i = 0; i < 4000; i++)
        {
            var x = Math.Pow(10, (random.NextDouble() * 21) - 9);
            values.Add(random.Next(2) == 0 ? x : -x);
        }

        var halves = 0;
        for (var k = 0L; halves < 400 && k < 1_000_000; k++)
        {
            // (k + ½) units, from small counts up to about 1e13 units, where doubles grow coarse.
            var units = k < 1000 ? k : (long)Math.Pow(1.00003, k) + k;
            foreach (var x in new[] { (units + 0.5) / 1e8, -(units + 0.5) / 1e8 })
            {
                if (Math.Abs((x * 1e8) % 1) == 0.5)
                {
                    values.Add(x);
                    halves++;
                }
            }
        }

        for (var i = 0; i < 200; i++)
        {
            var x = 1e10 - (random.NextDouble() * 1e-3);
            values.Add(random.Next(2) == 0 ? x : -x);
            values.Add(Math.BitIncrement(9_999_999_999.999999));
        }

        return values;
    }

    // DuckDB's DECIMAL(18, 8) of each double, in units of 1e-8 (null: DuckDB refuses it). Each double arrives
    // by its shortest round-trip text; the query reads it back, so a text that did not round-trip fails here.
    private List<long?> DuckDbUnits(IReadOnlyList<double> values)
    {
        var rows = engine.QueryRows(
            $"SELECT i, x, CAST(TRY_CAST(x AS DECIMAL(18, 8)) AS VARCHAR) FROM (SELECT i, CAST(s AS DOUBLE) AS x FROM (VALUES {string.Join(", ", values.Select((x, i) => $"({i}, '{Literal(x)}')"))}) v(i, s)) ORDER BY i");
        Assert.Equal(values.Select(Bits), rows.Select(r => Bits((double)r[1]!)));
        return rows.Select(r => r[2] is string text ? (long)(decimal.Parse(text, CultureInfo.InvariantCulture) * 100_000_000m) : (long?)null).ToList();
    }

    // NaN has many bit patterns (C#'s is negative, DuckDB's positive): all NaNs are one value here.
    private static long Bits(double x) => double.IsNaN(x) ? 0x7FF8_0000_0000_0000 : BitConverter.DoubleToInt64Bits(x);

    private static string Literal(double x) => double.IsNaN(x) ? "NaN"
        : double.IsPositiveInfinity(x) ? "Infinity"
        : double.IsNegativeInfinity(x) ? "-Infinity"
        : x.ToString("R", CultureInfo.InvariantCulture);

    // A count of units of 1e-8 as decimal text with eight places: 123456789 → 1.23456789.
    private static string Decimal8(Int128 units)
    {
        var digits = BigInteger.Abs((BigInteger)units).ToString(CultureInfo.InvariantCulture).PadLeft(9, '0');
        return $"{(units < 0 ? "-" : string.Empty)}{digits[..^8]}.{digits[^8..]}";
    }
}
