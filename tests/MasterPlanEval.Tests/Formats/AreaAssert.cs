namespace MasterPlanEval.Tests.Formats;

/// <summary>Compares geometry areas pairwise within <see cref="Tolerance"/>; a null area (no geometry) must stay null.</summary>
public static class AreaAssert
{
    /// <summary>Absolute tolerance in m²: a format round trip may reorder rings but not move coordinates.</summary>
    public const double Tolerance = 1e-6;

    public static void Equal(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is { } e)
            {
                Assert.True(actual[i] is { } a && Math.Abs(a - e) <= Tolerance, $"area {i}: expected {e} m², found {actual[i]?.ToString() ?? "no geometry"}");
            }
            else
            {
                Assert.True(actual[i] is null, $"area {i}: expected no geometry, found {actual[i]} m²");
            }
        }
    }
}
