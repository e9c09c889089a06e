namespace MasterPlanEval.Tests.Properties;

/// <summary>The one tolerance of the property tests: 1e-9 relative, with an absolute floor near zero.</summary>
internal static class RelativeTolerance
{
    public const double Relative = 1e-9;

    /// <summary>Below this magnitude values count as zero (sums of km² and shares are far above it).</summary>
    public const double AbsoluteFloor = 1e-12;

    public static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= Math.Max(AbsoluteFloor, Relative * Math.Max(Math.Abs(expected), Math.Abs(actual)));

    public static bool Close(double? expected, double? actual) =>
        expected is null || actual is null ? expected is null && actual is null : Close(expected.Value, actual.Value);
}
