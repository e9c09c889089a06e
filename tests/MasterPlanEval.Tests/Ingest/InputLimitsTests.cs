using MasterPlanEval.Core.Config;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// Plausibility limits of counts and measures (docs/data-contract.md, "Plausibility limits"): a value above
/// its limit is a reject saying which limit and how to move it; <c>inputs.&lt;dataset&gt;.limits</c> moves it.
/// </summary>
public sealed class InputLimitsTests : IDisposable
{
    private const string GridHeader = "cell_id,year,x,y,residents,workers";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Grid_values_above_their_limits_are_rejected_and_values_at_the_limit_kept()
    {
        var path = Write(
            "grid.csv",
            GridHeader,
            "A1,2020,450125,4420125,1e308,500",
            "A2,2020,450625,4420625,100000,200000",
            "A3,2020,450875,4420875,1000,200001",
            "A4,2020,451125,4420125,-1,10");

        var result = PopulationGridReader.Read(TinyFixture.Spec(Datasets.PopulationGrid, path), TinyFixture.Transformer());

        Assert.Equal((4L, 1, 3), (result.Read, result.Accepted.Count, result.Rejects.Count));
        Assert.Equal("A2", Assert.Single(result.Accepted).CellId);
        Assert.Equal(
            [
                ("line 2", "residents", "1E+308 is out of range: must be >= 0 and <= 100000 per cell (limit of population_grid; set inputs.population_grid.limits.residents to change)"),
                ("line 4", "workers", "200001 is out of range: must be >= 0 and <= 200000 per cell (limit of population_grid; set inputs.population_grid.limits.workers to change)"),
                ("line 5", "residents", "-1 is out of range: must be >= 0 and <= 100000 per cell"),
            ],
            result.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public void A_limit_set_in_the_spec_moves_the_maximum()
    {
        var path = Write("grid.csv", GridHeader, "A1,2020,450125,4420125,150000,500", "A2,2020,450625,4420625,250000,500");
        var spec = TinyFixture.Spec(Datasets.PopulationGrid, path) with { Limits = new Dictionary<string, double> { ["residents"] = 200_000 } };

        var result = PopulationGridReader.Read(spec, TinyFixture.Transformer());

        Assert.Equal(150_000, Assert.Single(result.Accepted).Residents);
        Assert.Equal(
            "250000 is out of range: must be >= 0 and <= 200000 per cell (limit of population_grid; set inputs.population_grid.limits.residents to change)",
            Assert.Single(result.Rejects).Reason);
    }

    [Fact]
    public void Census_residents_above_two_million_per_subdistrict_are_rejected()
    {
        var path = Write("census.csv", "unit_id,year,residents", "S1,2020,2000000", "S2,2020,2000001");

        var result = CensusReader.Read(new InputSpec(Datasets.Census, path, null, null), new HashSet<string> { "S1", "S2" });

        Assert.Equal("S1", Assert.Single(result.Accepted).UnitId);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(
            ("line 3", "residents", "2000001 is out of range: must be >= 0 and <= 2000000 per sub-district (limit of census; set inputs.census.limits.residents to change)"),
            (reject.Row, reject.Field, reject.Reason));
    }

    [Fact]
    public void A_parcel_larger_than_the_area_limit_is_rejected_on_its_geometry()
    {
        // 40 km × 30 km = 1200 km² (EPSG:4548 metres), above the 1000 km² default; 1 km² beside it is fine.
        var path = Write(
            "land_use.geojson",
            """{"type": "FeatureCollection", "features": [""",
            Parcel("BIG", 440000, 4400000, 480000, 4430000) + ",",
            Parcel("SMALL", 450000, 4420000, 451000, 4421000),
            "]}");
        var spec = TinyFixture.Spec(Datasets.LandUse, path);

        var result = LandUseReader.Read(spec, TinyFixture.Transformer(), TinyFixture.LandClasses());

        Assert.Equal("SMALL", Assert.Single(result.Accepted).Id);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(
            ("feature 0", "geometry", "area 1200 is out of range: must be > 0 and <= 1000 km2 (limit of land_use; set inputs.land_use.limits.area_km2 to change)"),
            (reject.Row, reject.Field, reject.Reason));

        var raised = LandUseReader.Read(spec with { Limits = new Dictionary<string, double> { ["area_km2"] = 2000 } }, TinyFixture.Transformer(), TinyFixture.LandClasses());
        Assert.Equal(["BIG", "SMALL"], raised.Accepted.Select(p => p.Id));
    }

    [Fact]
    public async Task A_cell_of_1e308_residents_reaches_no_sum_every_value_is_as_without_it()
    {
        using var baseline = new FixtureCopy("tiny");
        using var edited = new FixtureCopy("tiny");
        // A second cell in S1 (local (375, 375)) whose residents are a filler, not a count.
        edited.Edit("population_grid.csv", t => t + "A9,2020,450375,4420375,1e308,1e308\n");

        var expected = (await Pipeline.RunAsync(baseline.Config, baseline.Out)).Rows;
        var actual = await Pipeline.RunAsync(edited.Config, edited.Out);

        var grid = actual.Manifest.Datasets.Single(d => d.Dataset == Datasets.PopulationGrid);
        Assert.Equal((19L, 16L, 3L), (grid.Read, grid.Accepted, grid.Rejected));
        Assert.Equal(
            expected.Select(r => (r.Year, r.UnitId, r.IndicatorId, r.Value)),
            actual.Rows.Select(r => (r.Year, r.UnitId, r.IndicatorId, r.Value)));
    }

    private static string Parcel(string id, double minX, double minY, double maxX, double maxY) =>
        $$$"""{"type": "Feature", "properties": {"parcel_id": "{{{id}}}", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[{{{minX}}}, {{{minY}}}], [{{{maxX}}}, {{{minY}}}], [{{{maxX}}}, {{{maxY}}}], [{{{minX}}}, {{{maxY}}}], [{{{minX}}}, {{{minY}}}]]]}}""";

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
