using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Yaml;

/// <summary>
/// <see cref="YamlDocument.ThrowOnUnknownKeys"/>: a key present in the file that no accessor asked for is
/// reported with its line, its path and the closest asked key of the same mapping.
/// </summary>
public sealed class StrictKeysTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_misspelt_optional_key_is_reported_with_line_and_the_nearest_asked_key()
    {
        var document = Load("city: x\nzone:\n  - a\n");
        document.Root.String("city");
        Assert.Empty(document.Root.Strings("zones"));

        var error = Assert.Throws<EvaluationException>(document.ThrowOnUnknownKeys);

        Assert.Equal(ErrorCategory.Config, error.Category);
        Assert.Equal($"{document.File}, line 2, field 'zone': unknown key 'zone' (did you mean 'zones'?)", error.OneLine);
    }

    [Fact]
    public void Every_key_asked_for_passes_including_absent_optional_ones()
    {
        var document = Load("a: 1\nb: { c: 2 }\n");
        document.Root.Number("a");
        document.Root.Map("b").Number("c");
        Assert.Null(document.Root.OptionalString("d"));

        document.ThrowOnUnknownKeys();
    }

    [Fact]
    public void The_first_unknown_key_in_file_order_is_named_with_its_nested_path()
    {
        var document = Load("inputs:\n  census: { path: c.csv, crs: X, pth: y }\nzzz: 1\n");
        var census = document.Root.Map("inputs").Map("census");
        census.String("path");
        census.String("crs");

        var error = Assert.Throws<EvaluationException>(document.ThrowOnUnknownKeys);

        Assert.Equal($"{document.File}, line 2, field 'inputs.census.pth': unknown key 'pth' (did you mean 'path'?)", error.OneLine);
    }

    [Fact]
    public void A_key_far_from_every_asked_key_lists_the_known_ones()
    {
        var document = Load("id: a\ncolour: red\n");
        document.Root.String("id");
        document.Root.OptionalString("name");

        var error = Assert.Throws<EvaluationException>(document.ThrowOnUnknownKeys);

        Assert.EndsWith("field 'colour': unknown key 'colour' (known here: id, name)", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Scalars_takes_every_key_of_its_mapping_as_read()
    {
        var document = Load("parameters: { radius_m: 500, anything: x }\n");
        Assert.Equal(2, document.Root.Map("parameters").Scalars().Count);

        document.ThrowOnUnknownKeys();
    }

    [Fact]
    public void Keys_of_a_mapping_the_loader_never_entered_are_unknown()
    {
        // 'checks' was only tested for presence, never read as a mapping: its keys are nobody's.
        var document = Load("checks: { min: 0 }\n");
        Assert.True(document.Root.Has("checks"));

        var error = Assert.Throws<EvaluationException>(document.ThrowOnUnknownKeys);

        Assert.Equal($"{document.File}, line 1, field 'checks.min': unknown key 'min'", error.OneLine);
    }

    [Fact]
    public void Keys_inside_list_items_are_checked_per_item()
    {
        var document = Load("targets:\n  - { unit: a }\n  - { unit: b, vaule: 3 }\n");
        foreach (var target in document.Root.Maps("targets"))
        {
            target.String("unit");
            target.OptionalNumber("value");
        }

        var error = Assert.Throws<EvaluationException>(document.ThrowOnUnknownKeys);

        Assert.Equal($"{document.File}, line 3, field 'targets[1].vaule': unknown key 'vaule' (did you mean 'value'?)", error.OneLine);
    }

    [Fact]
    public void A_mapping_reached_twice_through_an_alias_is_checked_once()
    {
        var document = Load("a: &shared { x: 1 }\nb: *shared\n");
        document.Root.Map("a").Number("x");
        document.Root.Map("b").Number("x");

        document.ThrowOnUnknownKeys();
    }

    [Fact]
    public void A_missing_required_key_names_a_present_key_spelt_close_to_it()
    {
        var document = Load("city: x\ninputz: {}\n");
        document.Root.String("city");

        var error = Assert.Throws<EvaluationException>(() => document.Root.Map("inputs"));

        Assert.Equal($"{document.File}, line 1, field 'inputs': missing required key 'inputs' (found 'inputz' on line 2: a typo?)", error.OneLine);
    }

    [Fact]
    public void A_second_yaml_document_is_an_error_not_ignored()
    {
        var error = Assert.Throws<EvaluationException>(() => Load("a: 1\n---\nb: 2\n"));

        Assert.Equal($"{Path.Combine(_temp.Path, "doc.yaml")}, line 3: expected one YAML document, found 2", error.OneLine);
    }

    [Theory]
    [InlineData("zone", "zones", 1)]
    [InlineData("composites", "composite", 1)]
    [InlineData("clasification", "classification", 1)]
    [InlineData("ptah", "path", 2)]
    [InlineData("colour", "crs", 5)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance) =>
        Assert.Equal(distance, Core.Text.NearestName.Distance(a, b));

    public void Dispose() => _temp.Dispose();

    private YamlDocument Load(string text)
    {
        var path = Path.Combine(_temp.Path, "doc.yaml");
        File.WriteAllText(path, text);
        return YamlDocument.Load(path, ErrorCategory.Config);
    }
}
