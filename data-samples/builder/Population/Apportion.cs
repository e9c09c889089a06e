namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>Splits an integer total in proportion to weights so that the parts sum exactly (largest remainder).</summary>
public static class Apportion
{
    public static IReadOnlyList<int> LargestRemainder(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        if (sum <= 0)
        {
            throw new ArgumentException("weights must have a positive sum", nameof(weights));
        }

        var exact = weights.Select(w => total * w / sum).ToList();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[i]++;
        }

        return parts;
    }
}
