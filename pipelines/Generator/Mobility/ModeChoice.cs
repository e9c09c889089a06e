using System.Collections.Immutable;

namespace MasterPlanEval.Generator.Mobility;

/// <summary>
/// Commute modes with door-to-door speed and access time (walking to stops, waiting, parking), and mode
/// shares by network distance, roughly Beijing's: walking and cycling for short trips, rail and car for
/// long ones. Minutes = access + distance / speed, times ±30 % noise.
/// </summary>
internal static class ModeChoice
{
    public static ImmutableArray<string> Names { get; } = ["walk", "bike", "bus", "rail", "car", "other"];

    /// <summary>km/h, in the order of <see cref="Names"/>.</summary>
    public static ImmutableArray<double> Speed { get; } = [4.8, 13, 16, 34, 26, 20];

    /// <summary>Minutes, in the order of <see cref="Names"/>.</summary>
    public static ImmutableArray<double> Access { get; } = [0, 2, 9, 14, 6, 6];

    /// <summary>Upper distance (km) of each band of <see cref="Shares"/>; the last band is open.</summary>
    private static ImmutableArray<double> BandKm { get; } = [1, 3, 8, 20];

    /// <summary>Cumulative mode shares per distance band, in the order of <see cref="Names"/>.</summary>
    private static ImmutableArray<ImmutableArray<double>> Shares { get; } =
    [
        Cumulative(0.55, 0.25, 0.08, 0.00, 0.10, 0.02),
        Cumulative(0.15, 0.35, 0.25, 0.05, 0.17, 0.03),
        Cumulative(0.01, 0.12, 0.30, 0.22, 0.32, 0.03),
        Cumulative(0.00, 0.02, 0.20, 0.38, 0.38, 0.02),
        Cumulative(0.00, 0.00, 0.12, 0.42, 0.43, 0.03),
    ];

    /// <summary>The mode index for a trip of <paramref name="km"/> from one uniform <paramref name="u"/>.</summary>
    public static int Draw(double km, double u)
    {
        var band = 0;
        while (band < BandKm.Length && km > BandKm[band])
        {
            band++;
        }

        var cumulative = Shares[band];
        for (var mode = 0; mode < cumulative.Length - 1; mode++)
        {
            if (u < cumulative[mode])
            {
                return mode;
            }
        }

        return cumulative.Length - 1;
    }

    private static ImmutableArray<double> Cumulative(params double[] shares)
    {
        var total = shares.Sum();
        var sum = 0.0;
        return [.. shares.Select(s => sum += s / total)];
    }
}
