using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>
/// A misspelt key in evaluation.yaml, targets or the catalog stops the run with one line naming file, line
/// and key, and the key meant; before, <c>zone:</c> for <c>zones:</c> silently evaluated no zone.
/// </summary>
public sealed class UnknownKeyTests
{
    [Fact]
    public async Task Zone_for_zones_in_the_config_is_a_config_error_with_the_key_meant()
    {
        using var fixture = new FixtureCopy("tiny");
        // Line 16, after the 15 lines of the tiny config.
        fixture.Edit("evaluation.yaml", t => t + "zone:\n  - { id: z, name: { zh: 区, en: Z }, districts: [D1] }\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, $"{fixture.Config}, line 17, field 'zone': unknown key 'zone' (did you mean 'zones'?)");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Composites_for_composite_is_a_config_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + "composites:\n  - { id: idx, name: { zh: 指数, en: Index }, weights: { resident_population: 1 } }\n");
        var run = await CliRun.RunAsync("validate", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, "line 17, field 'composites': unknown key 'composites' (did you mean 'composite'?)");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task A_misspelt_key_inside_an_input_is_named_with_its_path()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("classification: gb-land-sea-2023 }", "classification: gb-land-sea-2023, crss: EPSG:4548 }", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, "line 12, field 'inputs.land_use.crss': unknown key 'crss' (did you mean 'crs'?)");
    }

    [Fact]
    public async Task An_unknown_key_is_reported_before_a_missing_file_it_may_explain()
    {
        using var fixture = new FixtureCopy("tiny");
        File.Delete(Path.Combine(fixture.Path, "targets.yaml"));
        fixture.Edit("evaluation.yaml", t => t.Replace("working_crs:", "workingcrs:", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, "line 4, field 'workingcrs': unknown key 'workingcrs' (did you mean 'working_crs'?)");
    }

    [Fact]
    public async Task A_misspelt_required_key_names_the_key_found_instead()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t.Replace("{ path: census.csv }", "{ pth: census.csv }", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, "line 11, field 'inputs.census.path': missing required key 'inputs.census.path' (found 'pth' on line 11: a typo?)");
    }

    [Fact]
    public async Task A_misspelt_key_in_a_target_is_a_target_error()
    {
        using var fixture = new FixtureCopy("tiny");
        // The first target's baseline (line 10) becomes 'baselin': with the check, it would have been dropped.
        fixture.Edit("targets.yaml", t => ReplaceFirst(t, "    baseline:", "    baselin:"));
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 6, "targets.yaml, line 10, field 'targets[0].baselin': unknown key 'baselin' (did you mean 'baseline'?)");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task Value_max_on_a_cap_target_says_it_belongs_to_a_band()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("targets.yaml", t => t + "\n  - { indicator: resident_population, unit: D1, kind: cap, value: 9000, value_max: 10000, target_year: 2035 }\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 6, "field 'targets[", ".value_max': value_max belongs to a band target; this one is a cap");
    }

    [Fact]
    public async Task A_misspelt_key_in_a_catalog_entry_is_a_catalog_error()
    {
        using var catalog = new CatalogCopy();
        var file = catalog.Edit("population/resident_population.yaml", t => t.Replace("description:", "descripton:", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("catalog", "list", "--catalog", catalog.Path);
        OneLineError.Assert(run, 5, $"{file}, line ", "field 'descripton': unknown key 'descripton' (did you mean 'description'?)");
    }

    [Fact]
    public async Task A_misspelt_key_in_catalog_yaml_is_a_catalog_error()
    {
        using var catalog = new CatalogCopy();
        var file = catalog.Edit("catalog.yaml", t => t.Replace("version:", "versoin:", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("catalog", "list", "--catalog", catalog.Path);
        OneLineError.Assert(run, 5, $"{file}, line 3, field 'version': missing required key 'version' (found 'versoin' on line 3: a typo?)");
    }

    [Fact]
    public async Task A_dimension_catalog_yaml_does_not_declare_is_a_catalog_error()
    {
        using var catalog = new CatalogCopy();
        var file = catalog.Edit("population/resident_population.yaml", t => t.Replace("en: safety }", "en: safty }", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("catalog", "list", "--catalog", catalog.Path);
        OneLineError.Assert(run, 5, $"{file}, field 'dimension': dimension 安全 / safty is not one of catalog.yaml's dimensions (safety, innovation, coordination, green, openness, sharing)");
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
