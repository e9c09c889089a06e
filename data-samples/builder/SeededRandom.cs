namespace MasterPlanEval.SampleBuilder;

/// <summary>
/// System.Random with a fixed seed and the few draws the builder needs. Each generator gets its own stream
/// (base seed + a stream number), so changing one generator does not shift the numbers of the others.
/// </summary>
public sealed class SeededRandom(int stream)
{
    public const int BaseSeed = 20260101;

#pragma warning disable CA5394 // Not for security: a seeded, reproducible stream is the point.
    private readonly Random _random = new(BaseSeed + stream);

    public double Next() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
#pragma warning restore CA5394

    public bool Chance(double probability) => Next() < probability;

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public int Pick(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var target = Next() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
