namespace MasterPlanEval.Cli.Commands;

/// <summary>One figure over a benchmark's repetitions: the median (of an even count, the mean of the middle two), min and max.</summary>
public sealed record BenchFigure(double Median, double Min, double Max)
{
    public static BenchFigure Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("a figure needs at least one value", nameof(values));
        }

        var middle = sorted.Count / 2;
        // In decimal: the mean of 1.468 and 1.719 s is 1.5935, not 1.5935000000000001 in the JSON.
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (double)(((decimal)sorted[middle - 1] + (decimal)sorted[middle]) / 2);
        return new BenchFigure(median, sorted[0], sorted[^1]);
    }
}
