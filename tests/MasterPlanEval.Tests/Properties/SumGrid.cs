namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// What the engine adds for one value (SqlRenderer.Sum sums exactly in fixed point): a commute's value rounded to 8
/// decimals, any other row's to 20. A reference sum computed here adds the same rounded values, so a generated value
/// below the grid (residents = 3e-58) counts as 0 in both.
/// </summary>
internal static class SumGrid
{
    public static double Commute(double value) => Snap(value, 8);

    public static double Row(double value) => Snap(value, 20);

    // decimal holds 28 digits: enough for any generated value at 20 decimals; the engine rounds half to even too.
    private static double Snap(double value, int decimals) => (double)Math.Round((decimal)value, decimals, MidpointRounding.ToEven);
}
