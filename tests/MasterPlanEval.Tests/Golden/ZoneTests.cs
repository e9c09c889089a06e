using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Golden;

/// <summary>
/// Zones (configured groups of whole districts) on the tiny fixture, checked against the hand-derived district and
/// city values: a zone of D2 alone must equal D2 on every indicator and year, a zone of both districts the city.
/// </summary>
public sealed class ZoneTests
{
    private const string Zones = """

        zones:
          - { id: Z-EAST, name: { zh: 东片, en: East zone }, districts: [D2] }
          - { id: Z-ALL, name: { zh: 全域, en: Whole zone }, districts: [D1, D2] }
        """;

    [Fact]
    public async Task A_zone_of_one_district_equals_it_and_a_zone_of_all_districts_equals_the_city()
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + Zones);

        var rows = (await Pipeline.RunAsync(fixture.Config, fixture.Out)).Rows;

        var byUnit = rows.ToDictionary(r => (r.Year, r.UnitId, r.IndicatorId));
        var east = rows.Where(r => r.UnitId == "Z-EAST").ToList();
        Assert.Equal(rows.Count(r => r.UnitId == "D2"), east.Count);
        Assert.All(east, z => Assert.Equal(byUnit[(z.Year, "D2", z.IndicatorId)].Value, z.Value));
        var all = rows.Where(r => r.UnitId == "Z-ALL").ToList();
        Assert.Equal(rows.Count(r => r.UnitId == "D1"), all.Count);
        Assert.All(all, z => Assert.Equal(byUnit[(z.Year, "C", z.IndicatorId)].Value, z.Value));
        Assert.All(east, z => Assert.Equal(("zone", "C", "东片", "East zone"), (z.Level, z.ParentUnitId, z.UnitNameZh, z.UnitNameEn)));
    }

    [Theory]
    [InlineData("[D9]", "zone 'Z' names 'D9', not a district of planning_units")]
    [InlineData("[S1]", "zone 'Z' names 'S1', not a district of planning_units")]
    [InlineData("[]", "zone 'Z' needs at least one district id")]
    public async Task A_zone_naming_anything_but_districts_stops_the_run_with_one_line(string districts, string message)
    {
        using var fixture = new FixtureCopy("tiny");
        fixture.Edit("evaluation.yaml", t => t + $"\nzones:\n  - {{ id: Z, name: {{ zh: 区, en: Zone }}, districts: {districts} }}\n");

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Out) && Directory.EnumerateFileSystemEntries(fixture.Out).Any());
    }
}
