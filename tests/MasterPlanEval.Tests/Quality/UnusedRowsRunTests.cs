using System.Text.Json;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Quality;

/// <summary>Accepted rows that no value reads are counted and named, per dataset, in the manifest and the printed table.</summary>
public sealed class UnusedRowsRunTests
{
    [Fact]
    public async Task Commutes_and_census_rows_of_a_year_not_evaluated_are_counted_as_unused()
    {
        using var fixture = new FixtureCopy("tiny");

        // The first three commute rows and one census row get a year the config does not evaluate.
        var line = 0;
        fixture.Edit("commutes.csv", t => string.Join('\n', t.Split('\n').Select(l => line++ is >= 1 and <= 3 ? "2019" + l[4..] : l)));
        fixture.Edit("census.csv", t => t + "S1,2019,9900\n");

        var run = await CliRun.RunAsync("run", "--config", fixture.Config, "--out", fixture.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("unused mobility: year not evaluated: 2019 (3)", run.Output, StringComparison.Ordinal);
        Assert.Contains("unused census: year not evaluated: 2019 (1)", run.Output, StringComparison.Ordinal);
        var folder = Assert.Single(Directory.GetDirectories(fixture.Out));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var mobility = manifest.RootElement.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("dataset").GetString() == "mobility");
        Assert.Equal(3, mobility.GetProperty("unused").GetInt64());
        Assert.Equal("year not evaluated: 2019 (3)", mobility.GetProperty("unused_why").GetString());
        Assert.Equal(20, mobility.GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task A_parcel_outside_every_subdistrict_is_a_reject_not_a_silent_loss()
    {
        using var fixture = new FixtureCopy("tiny");

        // P99 lies east of S3 (x > 3000 local, README: units), wholly outside the city.
        const string outside = """
            {"type": "Feature", "properties": {"parcel_id": "P99", "year": 2020, "class_code": "0701"}, "geometry": {"type": "Polygon", "coordinates": [[[453500, 4420000], [453900, 4420000], [453900, 4420400], [453500, 4420400], [453500, 4420000]]]}},
            """;
        fixture.Edit("land_use.geojson", t => t.Replace("\"features\": [\n", "\"features\": [\n" + outside + "\n", StringComparison.Ordinal));

        var result = await Pipeline.RunAsync(fixture.Config, fixture.Out);

        var land = result.Manifest.Datasets.Single(d => d.Dataset == "land_use");
        Assert.Equal((19L, 17L, 2L), (land.Read, land.Accepted, land.Rejected));
        Assert.Contains(
            "land_use,land_use.geojson,parcel P99 year 2020,geometry,parcel overlaps no sub-district,rejected",
            File.ReadAllLines(Path.Combine(result.RunDirectory, "rejects.csv")));
        Assert.Equal(1.1, result.Rows.Single(r => r.Year == 2020 && r.UnitId == "C" && r.IndicatorId == "urban_rural_construction_land_area").Value!.Value, 9);
    }
}
