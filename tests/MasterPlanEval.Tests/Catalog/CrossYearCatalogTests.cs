using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Catalog;

/// <summary>
/// Cross-year indicators as catalog entries: listed and shown like any other, and a formula that reads an indicator
/// the catalog lacks, or itself through another formula, stops the catalog load with one line naming the file.
/// </summary>
public sealed class CrossYearCatalogTests
{
    [Fact]
    public async Task Catalog_list_shows_the_sdg_11_3_1_indicators_under_their_dimension()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--catalog", RepoPaths.Catalog, "--dimension", "coordination");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("sdg_11_3_1_population_growth_rate ", StringComparison.Ordinal) && l.Contains("per_year", StringComparison.Ordinal));
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith("sdg_11_3_1_ratio ", StringComparison.Ordinal) && l.Contains("协调 coordination", StringComparison.Ordinal));
        Assert.DoesNotContain("sdg_11_3_1_land_consumption_rate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_show_gives_the_formula_what_it_reads_and_the_growth_threshold()
    {
        var run = await CliRun.RunAsync("catalog", "show", "sdg_11_3_1_ratio", "--catalog", RepoPaths.Catalog);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("formula:     meaningful_ratio(value(sdg_11_3_1_land_consumption_rate), value(sdg_11_3_1_population_growth_rate), :min_growth)", run.Output, StringComparison.Ordinal);
        Assert.Contains("computed:    after the engine, from value(sdg_11_3_1_land_consumption_rate), value(sdg_11_3_1_population_growth_rate)", run.Output, StringComparison.Ordinal);
        Assert.Contains("min_growth=0.001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_reading_an_unknown_indicator_is_a_one_line_catalog_error()
    {
        using var catalog = CatalogWith(("sdg/bad_rate.yaml", Entry("bad_rate", "ln(value(built_up_area) / baseline(built_up_area)) / years")));

        var run = await CliRun.RunAsync("catalog", "list", "--catalog", catalog.Path);

        Assert.Equal(5, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("formula reads unknown indicator 'built_up_area'", line, StringComparison.Ordinal);
        Assert.Contains("bad_rate.yaml", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formulas_reading_each_other_are_a_one_line_catalog_error()
    {
        using var catalog = CatalogWith(
            ("sdg/loop_a.yaml", Entry("loop_a", "value(loop_b) * 2")),
            ("sdg/loop_b.yaml", Entry("loop_b", "value(loop_a) / 2")));

        var run = await CliRun.RunAsync("catalog", "list", "--catalog", catalog.Path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("formula reads itself through 'loop_", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    // A copy of the shipped catalog with extra entries, so only the entries under test are wrong.
    private static TempDirectory CatalogWith(params (string Path, string Text)[] entries)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.Catalog, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(RepoPaths.Catalog, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var (path, text) in entries)
        {
            File.WriteAllText(Path.Combine(copy.Path, path), text);
        }

        return copy;
    }

    private static string Entry(string id, string formula) => $$"""
        id: {{id}}
        name: { zh: 测试, en: Test }
        dimension: { zh: 协调, en: coordination }
        unit: per_year
        levels: [city]
        direction: neutral
        target_kind: band
        formula: {{formula}}
        parameters: {}
        source: test
        checks: {}
        examples:
          - name: none
            given: { values: [] }
            expect: {}
        """;
}
