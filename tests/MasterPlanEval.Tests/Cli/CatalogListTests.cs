using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Cli;

/// <summary><c>catalog list</c> filters: an unknown dimension is a usage error like an unknown level.</summary>
public sealed class CatalogListTests
{
    [Fact]
    public async Task An_unknown_dimension_is_a_usage_error_listing_the_known_ones()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--dimension", "nope");
        OneLineError.Assert(run, 2, "--dimension 'nope' is not one of the catalog's dimensions: safety (安全), innovation (创新), coordination (协调), green (绿色), openness (开放), sharing (共享)");
    }

    [Theory]
    [InlineData("openness")]
    [InlineData("开放")]
    public async Task A_dimension_is_found_by_its_english_or_chinese_name(string dimension)
    {
        var run = await CliRun.RunAsync("catalog", "list", "--dimension", dimension);

        // Two shipped indicators are filed under 开放 / openness (grep "en: openness" indicators/catalog).
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": 2 of ", run.Output, StringComparison.Ordinal);
        Assert.Contains("rail_network_density", run.Output, StringComparison.Ordinal);
        Assert.Contains("rail_transit_length_km", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_dimension_without_indicators_lists_none()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--dimension", "innovation");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": 0 of ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("catalog", "list", "--level", "nope");
        OneLineError.Assert(run, 2, "--level 'nope' is not city, district or subdistrict");
    }

    [Fact]
    public async Task A_word_after_catalog_list_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("catalog", "list", "green");
        OneLineError.Assert(run, 2, "unexpected word 'green'");
    }
}
