using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Features;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The tiny fixture's planning units written as a Shapefile (NetTopologySuite's writer, UTF-8 .dbf) and as a
/// GeoPackage, then read back through <see cref="PlanningUnitsReader"/>: ids, parents, levels, both names and
/// sub-district areas must equal those read from units.geojson, and city/district geometry must stay null.
/// </summary>
public sealed class PlanningUnitsFormatTests : IDisposable
{
    private static readonly string[] Columns = ["unit_id", "parent_id", "level", "name_zh", "name_en"];

    private static readonly string[] ChineseNames = ["小城", "西区", "东区", "甲街道", "乙街道", "丙街道"];

    private readonly TempDirectory _temp = new();

    private readonly IReadOnlyList<IFeature> _features = TinyFixture.Features("units.geojson");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GeoJson_original_holds_the_six_units_of_the_fixture_readme()
    {
        var result = Read(TinyFixture.Source("units.geojson"));

        // README §1: rectangles of 1, 1 and 2 km²; city and districts without geometry.
        Assert.Equal(
            new[]
            {
                new UnitSnapshot("C", null, UnitLevel.City, "小城", "Tiny City"),
                new UnitSnapshot("D1", "C", UnitLevel.District, "西区", "West District"),
                new UnitSnapshot("D2", "C", UnitLevel.District, "东区", "East District"),
                new UnitSnapshot("S1", "D1", UnitLevel.Subdistrict, "甲街道", "Jia Subdistrict"),
                new UnitSnapshot("S2", "D1", UnitLevel.Subdistrict, "乙街道", "Yi Subdistrict"),
                new UnitSnapshot("S3", "D2", UnitLevel.Subdistrict, "丙街道", "Bing Subdistrict"),
            },
            Snapshot(result));
        AreaAssert.Equal([null, null, null, 1_000_000, 1_000_000, 2_000_000], Areas(result));
        Assert.Equal((6, 0, 0), (result.Read, result.Rejects.Count, result.Repairs.Count));
    }

    [Fact]
    public void Shapefile_gives_the_same_units_as_GeoJson()
    {
        var path = WriteShapefile();

        AssertSameUnits(Read(TinyFixture.Source("units.geojson")), Read(path));
    }

    [Fact]
    public void Shapefile_records_keep_every_attribute_including_Chinese_names()
    {
        // Record level, below the dataset reader: the .dbf round trip alone (encoding, field names, null parent).
        var path = WriteShapefile();
        Assert.Equal("UTF-8", File.ReadAllText(Path.ChangeExtension(path, ".cpg")).Trim());

        var expected = RawRecords(TinyFixture.Source("units.geojson"));
        var actual = RawRecords(path);

        Assert.Equal(expected.Select(r => r.Attributes), actual.Select(r => r.Attributes));
        Assert.Equal(ChineseNames, actual.Select(r => r.Attributes[3]));

        // Sub-districts only: how a geometry-less feature comes back is the dataset reader's business.
        AreaAssert.Equal(expected.Skip(3).Select(r => r.Area).ToList(), actual.Skip(3).Select(r => r.Area).ToList());
    }

    [Fact]
    public void GeoPackage_gives_the_same_units_as_GeoJson()
    {
        var path = Path.Combine(_temp.Path, "units.gpkg");
        GeoPackageExport.Write(
            path,
            "planning_units",
            Columns.Select(c => (c, "TEXT", (Func<IFeature, object?>)(f => TinyFixture.Text(f, c)))).ToList(),
            _features);

        AssertSameUnits(Read(TinyFixture.Source("units.geojson")), Read(path));
    }

    private string WriteShapefile()
    {
        var path = Path.Combine(_temp.Path, "units.shp");
        ShapefileExport.WritePolygons(path, Columns, _features);
        return path;
    }

    private static DatasetResult<PlanningUnit> Read(string path) =>
        PlanningUnitsReader.Read(TinyFixture.Spec("planning_units", path), TinyFixture.Transformer());

    private static List<(string?[] Attributes, double? Area)> RawRecords(string path) =>
        InputFileReader.Open(TinyFixture.Spec("planning_units", path), spatial: true).Records
            .Select(r => (Columns.Select(c => r.Value(c).Text).ToArray(), r.Geometry is { IsEmpty: false } g ? g.Area : (double?)null))
            .ToList();

    private static void AssertSameUnits(DatasetResult<PlanningUnit> expected, DatasetResult<PlanningUnit> actual)
    {
        Assert.Equal(Snapshot(expected), Snapshot(actual));
        AreaAssert.Equal(Areas(expected), Areas(actual));
        Assert.Equal(
            (expected.Read, expected.Accepted.Count, expected.Rejects.Count, expected.Repairs.Count),
            (actual.Read, actual.Accepted.Count, actual.Rejects.Count, actual.Repairs.Count));
    }

    private static List<UnitSnapshot> Snapshot(DatasetResult<PlanningUnit> result) =>
        result.Accepted.Select(u => new UnitSnapshot(u.Id, u.ParentId, u.Level, u.Name.Zh, u.Name.En)).ToList();

    private static List<double?> Areas(DatasetResult<PlanningUnit> result) => result.Accepted.Select(u => u.Geometry?.Area).ToList();

    private sealed record UnitSnapshot(string Id, string? ParentId, UnitLevel Level, string NameZh, string NameEn);
}
