using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Generator;

/// <summary>
/// The named scales. <c>beijing</c> is a 128 km square (16,384 km², 512 × 512 = 262,144 cells), within
/// 0.2 % of Beijing's 16,410 km², with the benchmark's 330 sub-districts of ~440 vertices, 200k parcels,
/// 50k facilities and 20 M commuters a year; <c>benchmark</c> is the same city on the benchmark's
/// 307k-cell extent (138.5 km, 554 × 554 = 306,916 cells) and one year; <c>large</c> doubles Beijing's
/// area, units, parcels, facilities and commuters.
/// </summary>
public static class GeneratorScales
{
    public static GeneratorScale Tiny { get; } =
        new("tiny", 2.5, 2, 6, 24, 150, 40, 1_000, 40_000, [2020, 2023, 2024]);

    public static GeneratorScale Small { get; } =
        new("small", 20, 4, 30, 120, 5_000, 1_500, 200_000, 1_800_000, [2020, 2023, 2024]);

    public static GeneratorScale Beijing { get; } =
        new("beijing", 128, 16, 330, 440, 200_000, 50_000, 20_000_000, 21_890_000, [2020, 2024]);

    public static GeneratorScale Benchmark { get; } =
        new("benchmark", 138.5, 16, 330, 440, 200_000, 50_000, 20_000_000, 21_890_000, [2024]);

    public static GeneratorScale Large { get; } =
        new("large", 181, 32, 660, 440, 400_000, 100_000, 40_000_000, 43_780_000, [2020, 2024]);

    public static IReadOnlyList<GeneratorScale> All { get; } = [Tiny, Small, Beijing, Benchmark, Large];

    /// <summary>The scale of that name (case-insensitive); an unknown name is a usage error listing the known ones.</summary>
    public static GeneratorScale Get(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new EvaluationException(
            ErrorCategory.Usage, $"unknown scale '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");
}
