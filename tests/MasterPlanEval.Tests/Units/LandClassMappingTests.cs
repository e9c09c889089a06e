using MasterPlanEval.Core.Errors;
using MasterPlanEval.Indicators.LandClasses;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="LandClassMapping"/> on the mappings shipped in indicators/land-classes/: longest-prefix lookup,
/// with expectations read off the YAML rows by hand.
/// </summary>
public sealed class LandClassMappingTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "indicators", "land-classes");

    private static readonly LandClassMapping LandSea = LandClassMapping.Load(Folder, "gb-land-sea-2023");

    [Theory]
    [InlineData("1401", "park_green", true, true)] // own row 1401 beats its prefix 14
    [InlineData("1402", "green_other", true, true)] // no row 1402: falls back to 14
    [InlineData("1403", "square", true, true)]
    [InlineData("1202", "transport_regional", true, false)] // 12: construction land, not urban-rural
    [InlineData("1207", "transport_urban", true, true)] // 1207 beats 12
    [InlineData("0701", "residential", true, true)]
    [InlineData("1002", "mining", true, false)]
    [InlineData("0301", "forest", false, false)]
    public void Land_sea_2023_takes_the_longest_matching_prefix(string code, string category, bool construction, bool urbanRural)
    {
        var found = LandSea.Find(code);

        Assert.NotNull(found);
        Assert.Equal(category, found.Category);
        Assert.Equal(construction, found.Construction);
        Assert.Equal(urbanRural, found.UrbanRuralConstruction);
        Assert.StartsWith(found.Code, code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("1")] // shorter than every code: no code is a prefix of it
    [InlineData("")]
    public void Land_sea_2023_code_without_a_mapping_gives_null(string code) =>
        Assert.Null(LandSea.Find(code));

    [Fact]
    public void Land_sea_2023_id_is_read_from_the_file()
    {
        Assert.Equal("gb-land-sea-2023", LandSea.Id);
        Assert.Equal(25, LandSea.Classes.Count); // rows counted by hand in gb-land-sea-2023.yaml
    }

    [Theory]
    [InlineData("G1", "park_green", true, true)]
    [InlineData("G2", "green_other", true, true)] // no row G2: falls back to G
    [InlineData("H14", "residential", true, true)]
    [InlineData("H2", "transport_regional", true, false)]
    [InlineData("H21", "transport_regional", true, false)]
    [InlineData("E1", "water", false, false)]
    [InlineData("R2", "residential", true, true)]
    public void Gb50137_maps_urban_classes(string code, string category, bool construction, bool urbanRural)
    {
        var found = LandClassMapping.Load(Folder, "gb50137-2011").Find(code);

        Assert.NotNull(found);
        Assert.Equal(category, found.Category);
        Assert.Equal(construction, found.Construction);
        Assert.Equal(urbanRural, found.UrbanRuralConstruction);
    }

    [Fact]
    public void Unknown_classification_is_an_evaluation_error_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<EvaluationException>(() => LandClassMapping.Load(Folder, "gb-9999"));

        Assert.Contains("'gb-9999'", error.Message, StringComparison.Ordinal);
        Assert.Contains("gb-land-sea-2023", error.Message, StringComparison.Ordinal);
        Assert.Contains("gb50137-2011", error.Message, StringComparison.Ordinal);
    }
}
