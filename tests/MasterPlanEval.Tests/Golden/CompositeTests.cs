using MasterPlanEval.Cli.Pipeline;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// A composite index on the tiny fixture, from its hand-derived values and targets (README §7). Weights:
/// resident_population 2, commute_share_within_45min 1, mean_commute_minutes 1, construction_land_outside_udb 1,
/// park_coverage_500m 1 (no target at the city: left out, so 5 of 6 weight units are present).
/// </summary>
public sealed class CompositeTests
{
    private const string Composite = """

        composite:
          - id: tiny_index
            name: { zh: 小城指数, en: Tiny index }
            weights: { resident_population: 2, commute_share_within_45min: 1, mean_commute_minutes: 1, construction_land_outside_udb: 1, park_coverage_500m: 1 }
        """;

    [Fact]
    public async Task City_index_weighs_clamped_progress_and_met_targets_over_the_weights_present()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + Composite);

        var run = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        Assert.Contains(run.Manifest.Outputs, o => o.File == "composite_2025.parquet");
        var city2020 = await CompositeFile.UnitRow(Path.Combine(run.RunDirectory, "composite_2020.parquet"), "C");
        var city2025 = await CompositeFile.UnitRow(Path.Combine(run.RunDirectory, "composite_2025.parquet"), "C");
        // 2020: population progress (30000 − 30500) / 5500 < 0 → 0; within-45 share (0.625 − 0.6) / 0.05 = 0.5;
        // mean minutes 44.06 > 40 not met → 0; construction outside the UDB 0.38 ≤ 0.5 met → 1. (0 + 0.5 + 0 + 1) / 5.
        Assert.Equal(0.3, city2020.Value!.Value, 12);
        // 2025: population 3000 / 5500 = 6/11 (weight 2); within-45 progress 1.07 → 1; mean minutes met → 1;
        // outside the UDB 0.56 > 0.5 not met → 0. (12/11 + 1 + 1 + 0) / 5 = 34/55.
        Assert.Equal(34.0 / 55, city2025.Value!.Value, 12);
        Assert.Equal((4, 5, 5.0 / 6), (city2025.Present, city2025.Total, city2025.Weight));
    }

    [Fact]
    public async Task A_run_of_some_indicators_computes_only_the_indices_it_has_every_component_of()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + Composite + """

              - id: people_index
                name: { zh: 人口指数, en: People index }
                weights: { resident_population: 1 }
            """);

        var run = await EvaluationRunner.RunAsync(
            new RunOptions(fixture.Config, [], ["resident_population", "mean_commute_minutes"], fixture.Out, "duckdb"), CancellationToken.None);

        // people_index stands whole: population 2025 progress 3000 / 5500 = 6/11. tiny_index would stand on 2 of its 5.
        var people = await CompositeFile.UnitRow(Path.Combine(run.RunDirectory, "composite_2025.parquet"), "C");
        Assert.Equal(6.0 / 11, people.Value!.Value, 12);
        Assert.Equal((1, 1), (people.Present, people.Total));
        Assert.Contains(
            "composite 'tiny_index' not computed: --indicator leaves out commute_share_within_45min, construction_land_outside_udb, park_coverage_500m",
            run.Manifest.Notes);
    }

    [Fact]
    public async Task A_run_of_one_indicator_of_an_index_writes_no_composite_file()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + Composite);

        var run = await EvaluationRunner.RunAsync(
            new RunOptions(fixture.Config, [], ["resident_population"], fixture.Out, "duckdb"), CancellationToken.None);

        Assert.DoesNotContain(run.Manifest.Outputs, o => o.File.StartsWith("composite_", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(run.RunDirectory, "composite_2025.parquet")));
    }

    [Theory]
    [InlineData("{ resident_population: 0 }", "the weight of 'resident_population' must be a positive number")]
    [InlineData("{ resident_population: -1 }", "field 'composite[0].weights.resident_population': composite 'bad': the weight of 'resident_population' must be a positive number")]
    [InlineData("{ resident_population: heavy }", "'composite[0].weights.resident_population' must be a number, found 'heavy'")]
    [InlineData("{ resident_population: .inf }", "'composite[0].weights.resident_population' must be a number, found '.inf'")]
    [InlineData("{}", "composite 'bad' needs at least one weighted indicator")]
    [InlineData("[resident_population]", "'composite[0].weights' must be a mapping")]
    [InlineData("{ resident_population: 1, no_such_indicator: 1 }", "field 'composite[0].weights.no_such_indicator': composite 'bad' weighs unknown indicator 'no_such_indicator'")]
    public async Task A_bad_weight_stops_the_run_with_one_line(string weights, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + $"\ncomposite:\n  - {{ id: bad, name: {{ zh: 坏, en: Bad }}, weights: {weights} }}\n");

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Out) && Directory.EnumerateFileSystemEntries(fixture.Out).Any());
    }

    [Theory]
    [InlineData("  - { id: twice, name: { zh: 甲, en: A }, weights: { resident_population: 1 } }\n  - { id: twice, name: { zh: 乙, en: B }, weights: { park_coverage_500m: 1 } }", "field 'composite[1].id': composite id 'twice' is used twice")]
    [InlineData("  - { id: nameless, weights: { resident_population: 1 } }", "missing required key 'composite[0].name'")]
    [InlineData("  resident_population: 1", "'composite' must be a list")]
    public async Task A_malformed_composite_section_stops_the_run_with_one_line(string section, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + $"\ncomposite:\n{section}\n");

        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
