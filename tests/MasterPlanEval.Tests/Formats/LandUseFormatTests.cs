using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Ingest.Validation;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The tiny fixture's land-use parcels written as Parquet (Parquet.Net writer, WKB in a binary <c>geometry</c>
/// column, <c>int</c> year) and as a GeoPackage, then read back through <see cref="LandUseReader"/>: the same 17
/// accepted parcels (id, year, class code, mapped class, area) and the same reject (P10, unmapped code 9999) as
/// land_use.geojson. Class codes keep their leading zero ("0701") because every format stores them as text.
/// </summary>
public sealed class LandUseFormatTests : IDisposable
{
    private const string GeometryColumn = "geometry";

    private readonly TempDirectory _temp = new();

    private readonly IReadOnlyList<IFeature> _features = TinyFixture.Features("land_use.geojson");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GeoJson_original_has_17_parcels_and_rejects_P10_as_feature_17()
    {
        var result = Read(TinyFixture.Source("land_use.geojson"));

        Assert.Equal((18, 17, 0), (result.Read, result.Accepted.Count, result.Repairs.Count));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(("feature 17", "class_code"), (reject.Row, reject.Field));
        Assert.Contains("'9999'", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(
            new ParcelSnapshot("P1", 2020, "0701", "residential", true, true),
            Snapshot(result)[0]);
        Assert.Equal(300_000, result.Accepted[0].Geometry.Area, 1e-6);
    }

    [Fact]
    public async Task Parquet_with_a_WKB_geometry_column_gives_the_same_parcels_as_GeoJson()
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        var wkb = new WKBWriter();
        await new ParquetTable()
            .Text("parcel_id", _features.Select(f => TinyFixture.Text(f, "parcel_id")).ToList())
            .Int("year", _features.Select(f => TinyFixture.Int(f, "year")).ToList())
            .Text("class_code", _features.Select(f => TinyFixture.Text(f, "class_code")).ToList())
            .Binary(GeometryColumn, _features.Select(f => f.Geometry is null ? null : wkb.Write(f.Geometry)).ToList())
            .WriteAsync(path);

        var expected = Read(TinyFixture.Source("land_use.geojson"));
        var actual = Read(path);

        AssertSameParcels(expected, actual);

        // Parquet counts rows from 1, GeoJSON features from 0: feature 17 is row 18.
        Assert.Equal(["row 18"], actual.Rejects.Select(r => r.Row));
    }

    [Fact]
    public void GeoPackage_gives_the_same_parcels_as_GeoJson()
    {
        var path = Path.Combine(_temp.Path, "land_use.gpkg");
        GeoPackageExport.Write(
            path,
            "land_use",
            [
                ("parcel_id", "TEXT", f => TinyFixture.Text(f, "parcel_id")),
                ("year", "INTEGER", f => TinyFixture.Int(f, "year")),
                ("class_code", "TEXT", f => TinyFixture.Text(f, "class_code")),
            ],
            _features);

        var expected = Read(TinyFixture.Source("land_use.geojson"));
        var actual = Read(path);

        AssertSameParcels(expected, actual);
        Assert.Equal(["feature 17"], actual.Rejects.Select(r => r.Row));
    }

    private static DatasetResult<Parcel> Read(string path) =>
        LandUseReader.Read(TinyFixture.Spec("land_use", path), TinyFixture.Transformer(), TinyFixture.LandClasses());

    private static void AssertSameParcels(DatasetResult<Parcel> expected, DatasetResult<Parcel> actual)
    {
        Assert.Equal(Snapshot(expected), Snapshot(actual));
        AreaAssert.Equal(expected.Accepted.Select(p => (double?)p.Geometry.Area).ToList(), actual.Accepted.Select(p => (double?)p.Geometry.Area).ToList());
        Assert.Equal(
            (expected.Read, expected.Accepted.Count, expected.Rejects.Count, expected.Repairs.Count),
            (actual.Read, actual.Accepted.Count, actual.Rejects.Count, actual.Repairs.Count));
        Assert.Equal(expected.Rejects.Select(r => (r.Field, r.Reason)), actual.Rejects.Select(r => (r.Field, r.Reason)));
    }

    private static List<ParcelSnapshot> Snapshot(DatasetResult<Parcel> result) =>
        result.Accepted
            .Select(p => new ParcelSnapshot(p.Id, p.Year, p.ClassCode, p.Class.Category, p.Class.Construction, p.Class.UrbanRuralConstruction))
            .ToList();

    private sealed record ParcelSnapshot(string Id, int Year, string ClassCode, string Category, bool Construction, bool UrbanRural);
}
