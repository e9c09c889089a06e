using System.Numerics;

namespace MasterPlanEval.Generator.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Used instead of <see cref="Random"/> because a seeded
/// <see cref="Random"/> sequence is not promised to stay the same across .NET versions, and generated
/// files must stay byte-identical for a seed; it is also faster for the commuter loop.
/// </summary>
internal sealed class Rng
{
    private const double InverseTwoTo53 = 1.0 / 9007199254740992.0;
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        _s0 = SeedHash.Mix(seed);
        _s1 = SeedHash.Mix(_s0);
        _s2 = SeedHash.Mix(_s1);
        _s3 = SeedHash.Mix(_s2);
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * InverseTwoTo53;

    public double Range(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Uniform in [0, n) by multiply-shift; the bias, below n / 2^32, is far under anything we measure.</summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Standard normal (Box–Muller, one of the pair).</summary>
    public double NextGaussian()
    {
        var u1 = 1 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
