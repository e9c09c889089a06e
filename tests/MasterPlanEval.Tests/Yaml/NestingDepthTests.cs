using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Yaml;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Yaml;

/// <summary>
/// Nesting is limited to 64 levels of mappings and lists before YamlDotNet's recursive model is built:
/// 50,000 nested brackets overflowed the stack and killed the process without a line.
/// </summary>
public sealed class NestingDepthTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Sixty_four_levels_load()
    {
        // The top mapping is level 1; a: holds 63 nested lists.
        var document = Load("a: " + new string('[', 63) + new string(']', 63) + "\n", ErrorCategory.Config);

        Assert.True(document.Root.Has("a"));
    }

    [Fact]
    public void Sixty_five_levels_are_one_error_in_the_loaders_category()
    {
        var error = Assert.Throws<EvaluationException>(() => Load("a: " + new string('[', 64) + new string(']', 64) + "\n", ErrorCategory.Target));

        Assert.Equal(ErrorCategory.Target, error.Category);
        Assert.Equal($"{Path.Combine(_temp.Path, "doc.yaml")}, line 1: YAML nested deeper than 64 levels of mappings and lists", error.OneLine);
    }

    [Fact]
    public void Fifty_thousand_brackets_are_an_error_not_a_stack_overflow()
    {
        var error = Assert.Throws<EvaluationException>(() => Load("a: " + new string('[', 50_000) + new string(']', 50_000) + "\n", ErrorCategory.Catalog));

        Assert.Equal(ErrorCategory.Catalog, error.Category);
        Assert.Contains("YAML nested deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_mappings_count_like_brackets()
    {
        // 65 levels of indented mappings, one key each.
        var text = string.Concat(Enumerable.Range(0, 65).Select(i => new string(' ', 2 * i) + $"k{i}:\n")) + new string(' ', 130) + "v\n";

        var error = Assert.Throws<EvaluationException>(() => Load(text, ErrorCategory.Config));

        Assert.Equal($"{Path.Combine(_temp.Path, "doc.yaml")}, line 65: YAML nested deeper than 64 levels of mappings and lists", error.OneLine);
    }

    public void Dispose() => _temp.Dispose();

    private YamlDocument Load(string text, ErrorCategory category)
    {
        var path = Path.Combine(_temp.Path, "doc.yaml");
        File.WriteAllText(path, text);
        return YamlDocument.Load(path, category);
    }
}
