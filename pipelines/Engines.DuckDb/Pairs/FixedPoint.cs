namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// DuckDB's own arithmetic for the pair sums, so the kernel's table is the one the SQL would build, bit for bit:
/// a double becomes DECIMAL(18, 8) as <c>round(x · 1e8)</c> (half away from zero, C's <c>round</c>), and the
/// DECIMAL(38, 8) sum becomes a double by one division when it is exact in a double, else by its integer and
/// fractional parts (DuckDB's TryCastDecimalToFloatingPoint). Tested against DuckDB's CAST.
/// </summary>
internal static class FixedPoint
{
    private const double Scale = 1e8;
    private const long Unit = 100_000_000;

    // DECIMAL(18, 8) holds 18 digits: DuckDB refuses a rounded value at or beyond ±1e18.
    private const double Limit = 1e18;
    private const long ExactInDouble = 1L << 53;

    /// <summary>x in units of 1e-8, or false when DuckDB's cast would fail (not finite, or 18 digits are not enough).</summary>
    public static bool TryRound(double x, out long units)
    {
        var rounded = Math.Round(x * Scale, MidpointRounding.AwayFromZero);
        if (!(rounded > -Limit && rounded < Limit))
        {
            units = 0;
            return false;
        }

        units = (long)rounded;
        return true;
    }

    /// <summary>A sum of units of 1e-8 as DuckDB casts DECIMAL(38, 8) to DOUBLE.</summary>
    public static double ToDouble(Int128 units) =>
        units >= -ExactInDouble && units <= ExactInDouble
            ? (double)(long)units / Scale
            : HugeintToDouble(units / Unit) + ((double)(long)(units % Unit) / Scale);

    // DuckDB's HUGEINT to DOUBLE, not the correctly rounded (double)Int128: each 64-bit half rounded on its own (a
    // negative number above −2^64 from its magnitude less one). They differ by an ulp once a sum's integer part
    // passes 2^53: DuckDB casts a sum of -24716803186026675.9904922 to -24716803186026672, the nearest double is …676.
    private static double HugeintToDouble(Int128 value)
    {
        var (upper, lower) = ((long)(value >> 64), (ulong)value);
        return upper == -1
            ? -(double)(ulong.MaxValue - lower) - 1
            : (double)lower + (upper * 18446744073709551616.0);
    }
}
