using MasterPlanEval.Core.Config;

namespace MasterPlanEval.Core.Validation;

/// <summary>
/// The default plausibility limits of the inputs' counts and measures (reasoning and sources in
/// docs/data-contract.md, "Plausibility limits"). A value above its limit cannot be real (a unit mistake, an
/// overflow, a filler such as 1e308), so the row is rejected before it can reach a sum. Minimums are fixed by
/// the meaning of the column; maximums are defaults that <c>inputs.&lt;dataset&gt;.limits</c> may move.
/// </summary>
public static class InputLimits
{
    public static IReadOnlyList<ValueLimit> Defaults { get; } =
    [
        // A 250 m cell is 0.0625 km²: 100,000 residents is 1.6 million per km², above Kowloon Walled City.
        new(Datasets.PopulationGrid, "residents", new NumberRange(0, 100_000), "per cell"),

        // 200,000 workers is floor-area ratio 25 over the whole cell at 8 m² per worker: more than any CBD block.
        new(Datasets.PopulationGrid, "workers", new NumberRange(0, 200_000), "per cell"),

        // The most populous sub-districts (街道, 镇) of the 2020 census hold about one million people.
        new(Datasets.Census, "residents", new NumberRange(0, 2_000_000), "per sub-district"),

        // One row is one commuter or one OD pair of cells: no pair carries more than one cell's workers.
        new(Datasets.Mobility, "persons", new NumberRange(0, 200_000, MinExclusive: true), "per row"),
        new(Datasets.Mobility, "minutes", new NumberRange(0, 300, MinExclusive: true), "minutes"),

        // The longest daily commutes (high-speed rail, Beijing–Shijiazhuang) are under 300 km; metres typed as
        // kilometres exceed 500 for any commute longer than 500 m.
        new(Datasets.Mobility, "distance_km", new NumberRange(0, 500), "km"),

        // Beijing's largest land patch (Miyun Reservoir) is about 180 km²; only a broken geometry reaches 1000.
        new(Datasets.LandUse, "area_km2", new NumberRange(0, 1000, MinExclusive: true), "km2"),
    ];

    /// <summary>The largest maximum a config may set: row values sum exactly in DECIMAL(38, 20) (18 integer digits).</summary>
    public const double LargestMaximum = 1e9;

    /// <summary>A commute row's persons × minutes or × km must stay below this: commute sums are DECIMAL(18, 8).</summary>
    public const double LargestCommuteProduct = 1e10;

    /// <summary>The columns of a dataset that have a limit, in the order above.</summary>
    public static IReadOnlyList<string> Columns(string dataset) =>
        Defaults.Where(l => l.Dataset == dataset).Select(l => l.Column).ToList();

    public static ValueLimit Default(string dataset, string column) =>
        Defaults.SingleOrDefault(l => l.Dataset == dataset && l.Column == column)
        ?? throw new ArgumentException($"input '{dataset}' has no limit for '{column}'", nameof(column));

    /// <summary>The limit of a column of an input, with the maximum its config sets, if any.</summary>
    public static ValueLimit Of(InputSpec spec, string column)
    {
        var limit = Default(spec.Dataset, column);
        return spec.Limits is { } limits && limits.TryGetValue(column, out var max)
            ? limit with { Range = limit.Range with { Max = max } }
            : limit;
    }
}
