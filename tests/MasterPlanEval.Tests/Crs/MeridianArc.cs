namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// The meridian arc from the equator to a latitude, integrated here with Simpson's rule from its definition
/// M(φ) = ∫ a(1 − e²) / (1 − e² sin²φ)^(3/2) dφ, independent of any projection library: on a Transverse Mercator's
/// central meridian, northing = false northing + scale · M(φ).
/// </summary>
public static class MeridianArc
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;

    public static double Metres(double latDegrees)
    {
        var e2 = F * (2 - F);
        var phi = latDegrees * Math.PI / 180;
        const int steps = 10_000; // even, as Simpson's rule needs
        var h = phi / steps;
        double M(double p) => A * (1 - e2) / Math.Pow(1 - (e2 * Math.Sin(p) * Math.Sin(p)), 1.5);
        var sum = M(0) + M(phi);
        for (var i = 1; i < steps; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * M(i * h);
        }

        return sum * h / 3;
    }
}
