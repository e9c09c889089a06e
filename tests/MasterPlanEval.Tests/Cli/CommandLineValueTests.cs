using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary>Malformed option values and stray words are usage errors (2), never ignored or an internal error.</summary>
public sealed class CommandLineValueTests
{
    [Fact]
    public async Task A_seed_beyond_a_whole_32_bit_number_is_a_usage_error_not_a_wrapped_seed()
    {
        var run = await CliRun.RunAsync("generate", "--scale", "tiny", "--out", "unused", "--seed", "99999999999");
        OneLineError.Assert(run, 2, "--seed '99999999999' is not a whole number in 0–2,147,483,647");
    }

    [Theory]
    [InlineData("--seed", "x")]
    [InlineData("--seed", "-1")]
    [InlineData("--commuters", "1.5")]
    public async Task A_malformed_generator_number_is_a_usage_error(string option, string value)
    {
        var run = await CliRun.RunAsync("generate", "--scale", "tiny", "--out", "unused", option, value);
        OneLineError.Assert(run, 2, $"{option} '{value}' is not a whole number");
    }

    [Fact]
    public async Task Bench_commuters_that_are_not_numbers_are_a_usage_error()
    {
        var run = await CliRun.RunAsync("bench", "--commuters", "lots");
        OneLineError.Assert(run, 2, "--commuters takes whole numbers");
    }

    [Fact]
    public async Task An_unknown_engine_is_a_usage_error()
    {
        using var fixture = new FixtureCopy("tiny");
        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out, "--engine", "spark");
        OneLineError.Assert(run, 2, "unknown engine 'spark' (known: duckdb)");
    }

    [Fact]
    public async Task A_word_the_command_does_not_take_is_a_usage_error()
    {
        // 'run evaluation.yaml' without --config: the file name used to be dropped without a word.
        var run = await CliRun.RunAsync("run", "evaluation.yaml", "--config", "x.yaml");
        OneLineError.Assert(run, 2, "unexpected word 'evaluation.yaml'");
    }

    [Fact]
    public async Task Explain_with_a_year_that_is_not_a_number_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("explain", "--run", "r", "--unit", "C", "--indicator", "i", "--year", "last");
        OneLineError.Assert(run, 2, "--year 'last' is not a year");
    }

    [Fact]
    public async Task Options_without_a_command_are_a_usage_error_not_the_help_with_success()
    {
        var run = await CliRun.RunAsync("--config", "evaluation.yaml");
        OneLineError.Assert(run, 2, "name a command first (run, validate, catalog, explain, generate, bench)");
    }

    [Fact]
    public async Task Help_as_the_one_argument_shows_the_help()
    {
        // What run.ps1 passes for 'run.ps1 help' now that it keeps one argument whole.
        var run = await CliRun.RunAsync("help");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("usage: masterplaneval run --config FILE", run.Output, StringComparison.Ordinal);
    }
}
