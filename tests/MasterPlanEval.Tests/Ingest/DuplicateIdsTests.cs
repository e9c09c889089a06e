using MasterPlanEval.Core.Config;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Formats;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Ingest;

/// <summary>
/// The same parcel id twice in one survey year, or the same facility id twice in the file (a facility has no
/// year: it serves every year from year_open on), is a reject of the second occurrence, not a double count.
/// Only accepted rows count as a first occurrence. A grid whose cell ids are stored as whole numbers has them
/// compared as numbers: every digit of a 64-bit id counts, as it does in the id's text.
/// </summary>
public sealed class DuplicateIdsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_parcel_id_twice_in_one_year_rejects_the_second_and_the_same_id_in_another_year_is_kept()
    {
        var path = Write(
            "land_use.geojson",
            """{"type": "FeatureCollection", "features": [""",
            Parcel("P1", 2020, "0701", 450000) + ",",
            Parcel("P2", 2020, "9999", 450200) + ",",
            Parcel("P1", 2025, "0701", 450000) + ",",
            Parcel("P1", 2020, "1001", 450400) + ",",
            Parcel("P2", 2020, "0701", 450200),
            "]}");

        var result = LandUseReader.Read(TinyFixture.Spec(Datasets.LandUse, path), TinyFixture.Transformer(), TinyFixture.LandClasses());

        // P2's first feature has no class mapping, so its second one is the first accepted P2 of 2020.
        Assert.Equal([("P1", 2020), ("P1", 2025), ("P2", 2020)], result.Accepted.Select(p => (p.Id, p.Year)));
        Assert.Equal(
            [
                ("feature 1", "class_code", "'9999' has no mapping in classification gb-land-sea-2023"),
                ("feature 3", "parcel_id", "parcel 'P1' appears twice for 2020 (first at feature 0)"),
            ],
            result.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public void A_facility_id_twice_rejects_the_second_whatever_its_year_open()
    {
        var path = Write(
            "facilities.csv",
            "facility_id,type,x,y,year_open,name",
            "PK1,park,450125,4420425,,",
            "CL1,hospital,450625,4420125,,",
            "PK1,park,451125,4420425,2025,",
            "CL1,clinic,450625,4420125,,");

        var result = FacilitiesReader.Read(TinyFixture.Spec(Datasets.Facilities, path), TinyFixture.Transformer());

        Assert.Equal([("PK1", 450125.0), ("CL1", 450625.0)], result.Accepted.Select(f => (f.Id, f.X)));
        Assert.Equal(
            [
                ("line 3", "type", "unknown facility type 'hospital' (known: park, clinic, primary_school, middle_school, elderly_care, market, sports, rail_station, bus_stop)"),
                ("line 4", "facility_id", "facility 'PK1' appears twice (first at line 2)"),
            ],
            result.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public async Task A_whole_number_cell_id_twice_in_one_year_rejects_the_second_and_the_same_id_in_another_year_is_kept()
    {
        // 2^53 + 1 and 2^53 are one double apart from nothing: as doubles they would be the same id.
        const long Big = 9_007_199_254_740_993;
        var path = Path.Combine(_temp.Path, "grid.parquet");
        await new ParquetTable()
            .Long("cell_id", [Big, Big - 1, Big, Big, null, Big - 1])
            .Int("year", [2024, 2024, 2025, 2024, 2024, 2024])
            .Double("x", [450125, 450375, 450125, 450125, 450625, 450375])
            .Double("y", [4420125, 4420125, 4420125, 4420125, 4420125, 4420125])
            .Double("residents", [10, 20, 30, 40, 50, 60])
            .Double("workers", [1, 2, 3, 4, 5, 6])
            .WriteAsync(path);

        var result = PopulationGridReader.Read(TinyFixture.Spec(Datasets.PopulationGrid, path), TinyFixture.Transformer());

        Assert.Equal([("9007199254740993", 2024, 10.0), ("9007199254740992", 2024, 20.0), ("9007199254740993", 2025, 30.0)], result.Accepted.Select(c => (c.CellId, c.Year, c.Residents)));
        Assert.Equal(
            [
                ("row 4", "cell_id", "cell '9007199254740993' appears twice for 2024 (first at row 1)"),
                ("row 5", "cell_id", "missing value"),
                ("row 6", "cell_id", "cell '9007199254740992' appears twice for 2024 (first at row 2)"),
            ],
            result.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    private static string Parcel(string id, int year, string code, double minX) =>
        $$$"""{"type": "Feature", "properties": {"parcel_id": "{{{id}}}", "year": {{{year}}}, "class_code": "{{{code}}}"}, "geometry": {"type": "Polygon", "coordinates": [[[{{{minX}}}, 4420000], [{{{minX + 100}}}, 4420000], [{{{minX + 100}}}, 4420100], [{{{minX}}}, 4420100], [{{{minX}}}, 4420000]]]}}""";

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
