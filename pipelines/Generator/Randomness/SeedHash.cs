namespace MasterPlanEval.Generator.Randomness;

/// <summary>
/// Stateless hashing of (seed, stream, keys) to 64 random bits. Values keyed by what they describe (a
/// cell, an edge, a parcel) do not depend on the order things are visited in, which keeps outputs
/// byte-identical whatever the iteration or thread order.
/// </summary>
internal static class SeedHash
{
    private const double InverseTwoTo53 = 1.0 / 9007199254740992.0;

    /// <summary>SplitMix64's finaliser: a bijection that spreads every input bit over the whole output.</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Of(int seed, RandomStream stream, long a = 0, long b = 0, long c = 0)
    {
        var h = Mix((uint)seed);
        h = Mix(h ^ (ulong)stream);
        h = Mix(h ^ (ulong)a);
        h = Mix(h ^ (ulong)b);
        return Mix(h ^ (ulong)c);
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public static double Unit(ulong bits) => (bits >> 11) * InverseTwoTo53;

    /// <summary>The <paramref name="index"/>-th uniform of a keyed hash: cheap independent draws for one key.</summary>
    public static double Unit(ulong key, int index) => Unit(Mix(key + ((ulong)index * 0xD1B54A32D192ED03UL)));

    /// <summary>A standard normal draw from two keyed uniforms (Box–Muller).</summary>
    public static double Gaussian(ulong key, int index)
    {
        var u1 = 1 - Unit(key, index);
        var u2 = Unit(key, index + 1);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
