using MasterPlanEval.Core.Errors;
using MasterPlanEval.Generator;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Generator;

/// <summary>The named scales and the validation of generator options.</summary>
public sealed class GeneratorScalesTests
{
    [Theory]
    [InlineData("tiny", 100)]
    [InlineData("SMALL", 6_400)]
    [InlineData("beijing", 262_144)]
    [InlineData("benchmark", 306_916)]
    [InlineData("large", 524_176)]
    public void A_scale_is_found_by_name_and_has_whole_cells(string name, int cells)
    {
        var scale = GeneratorScales.Get(name);

        Assert.Equal(cells, scale.CellsPerSide * scale.CellsPerSide);
        Assert.Empty(scale.Problems());
    }

    [Fact]
    public void Beijing_matches_the_city_and_the_benchmark()
    {
        var beijing = GeneratorScales.Beijing;

        Assert.InRange(beijing.AreaKm2, 16_410 * 0.99, 16_410 * 1.01);
        Assert.Equal((16, 330, 440, 200_000, 50_000, 20_000_000L), (beijing.Districts, beijing.Subdistricts, beijing.VerticesPerSubdistrict, beijing.Parcels, beijing.Facilities, beijing.CommutersPerYear));
        Assert.True(beijing.Years.Count >= 2);
    }

    [Fact]
    public void An_unknown_scale_is_a_usage_error_naming_the_known_ones()
    {
        var error = Assert.Throws<EvaluationException>(() => GeneratorScales.Get("paris"));

        Assert.Equal(ErrorCategory.Usage, error.Category);
        Assert.Contains("tiny, small, beijing, benchmark, large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_of_the_options_is_reported_at_once_before_anything_is_written()
    {
        using var folder = new TempDirectory();
        var options = new GeneratorOptions(GeneratorScales.Tiny with { SideKm = 2.3, Districts = 9 }, 1, folder.Path, "/no/such/catalog", Commuters: -5, Years: [2020, 2040]);

        var error = await Assert.ThrowsAsync<EvaluationException>(() => CityGenerator.GenerateAsync(options, null, CancellationToken.None));

        Assert.Equal(ErrorCategory.Usage, error.Category);
        Assert.Single(error.OneLine.Split('\n'));
        foreach (var part in new[] { "side 2.3 km", "sub-districts 6", "commuters -5", "2040", "catalog folder not found" })
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
