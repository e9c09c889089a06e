using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>YAML nested beyond 64 levels is one line in the category of the file read, not a stack overflow.</summary>
public sealed class DeepYamlTests
{
    private static readonly string Brackets = new string('[', 50_000) + new string(']', 50_000);

    [Fact]
    public async Task A_deeply_nested_config_is_a_config_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + $"zones: {Brackets}\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 3, $"{fixture.Config}, line 17: YAML nested deeper than 64 levels of mappings and lists");
        Assert.False(Directory.Exists(fixture.Out));
    }

    [Fact]
    public async Task A_deeply_nested_targets_file_is_a_target_error()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("targets.yaml", t => t + $"  - {Brackets}\n");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);
        OneLineError.Assert(run, 6, "targets.yaml, line ", ": YAML nested deeper than 64 levels of mappings and lists");
        Assert.False(Directory.Exists(fixture.Out));
    }
}
