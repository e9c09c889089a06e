using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Ingest.Validation;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using static MasterPlanEval.Tests.Formats.ParcelFiles;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Geometry files behave alike (issue 9): the same self-intersecting polygon is repaired and reported in GeoJSON,
/// Shapefile, GeoPackage and Parquet; a degenerate geometry (a ring that does not close, a line of one point) is a
/// reject of that feature in each, never a fatal error; an attribute that is not one value (a JSON object or
/// array, a GeoPackage blob) is a reject naming its field; a Parquet column of a type its contract column does not take stops the run. Parcels: Q1 and Q3 squares of 400 m (160,000 m²), Q2 the feature
/// under test, so feature 1 (Parquet: row 2).
/// </summary>
public sealed class GeometryFormatsTests : IDisposable
{
    private const double X = 450500;
    private const double Y = 4420000;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(ParcelFiles))]
    public async Task The_same_bow_tie_is_repaired_and_reported_in_every_format(string format)
    {
        var path = await WriteAsync(_temp.Path, format, Parcels(BowTie(X, Y, 400)));

        var result = Read(path);

        // GeometryFixer splits the bow tie at its crossing: two triangles of 400 × 200 / 2, half the square.
        Assert.Equal((3, 3, 0), (result.Read, result.Accepted.Count, result.Rejects.Count));
        AreaAssert.Equal([160_000, 80_000, 160_000], result.Accepted.Select(p => (double?)p.Geometry.Area).ToList());
        var repair = Assert.Single(result.Repairs);
        Assert.Equal((Second(format), "geometry"), (repair.Row, repair.Field));
        Assert.Equal("invalid geometry (Self-intersection) repaired", repair.Reason);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(ParcelFiles))]
    public async Task A_ring_that_does_not_close_is_a_reject_of_its_feature_in_every_format(string format)
    {
        var square = Square(X, Y, 400);
        string path;
        if (format == "geojson")
        {
            // The ring's last point is left out: GeoJSON can say what no NTS geometry can hold.
            path = Path.Combine(_temp.Path, "land_use.geojson");
            var open = $"{{\"type\": \"Polygon\", \"coordinates\": [{Points(square.Coordinates.SkipLast(1))}]}}";
            await File.WriteAllTextAsync(path, GeoJson(Parcels(square), new Dictionary<int, string> { [1] = open }));
        }
        else if (format == "parquet")
        {
            path = Path.Combine(_temp.Path, "land_use.parquet");
            var wkb = new WKBWriter();
            var parcels = Parcels(square);
            await new ParquetTable()
                .Text("parcel_id", parcels.Select(f => (string?)f.Attributes["parcel_id"]).ToList())
                .Text("year", ["2020", "2020", "2020"])
                .Text("class_code", ["0701", "0701", "0701"])
                .Binary("geometry", parcels.Select((f, i) => i == 1 ? OpenRing(wkb.Write(f.Geometry), X, Y) : wkb.Write(f.Geometry)).ToList())
                .WriteAsync(path);
        }
        else
        {
            // The .shp and the GeoPackage store the ring's points as they are: move its closing point in the file.
            path = await WriteAsync(_temp.Path, format, Parcels(square));
            File.WriteAllBytes(path, OpenRing(File.ReadAllBytes(path), X, Y));
        }

        var result = Read(path);

        Assert.Equal((3, 2), (result.Read, result.Accepted.Count));
        Assert.Equal(["Q1", "Q3"], result.Accepted.Select(p => p.Id));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal((Second(format), "geometry"), (reject.Row, reject.Field));
        Assert.StartsWith("degenerate geometry: a ring that is not closed or has fewer than 4 points (", reject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(ParcelFiles))]
    public async Task A_line_of_one_point_is_a_reject_of_its_feature_in_every_format(string format)
    {
        var lines = new[] { ("R1", 450000.0), ("R2", 451000.0), ("R3", 452000.0) }
            .Select(l => (IFeature)new Feature(Factory.CreateLineString([new(l.Item2, Y), new(l.Item2, Y + 1000)]), new AttributesTable { { "line_id", l.Item1 } }))
            .ToList();
        var path = Path.Combine(_temp.Path, $"rail_lines.{format}");
        switch (format)
        {
            case "geojson":
                await File.WriteAllTextAsync(path, GeoJson(lines, new Dictionary<int, string> { [1] = "{\"type\": \"LineString\", \"coordinates\": [[451000, 4420000]]}" }));
                break;
            case "parquet":
                var wkb = new WKBWriter();
                await new ParquetTable()
                    .Text("line_id", ["R1", "R2", "R3"])
                    .Binary("geometry", lines.Select((f, i) => i == 1 ? OnePointLine(wkb.Write(f.Geometry), 451000, Y) : wkb.Write(f.Geometry)).ToList())
                    .WriteAsync(path);
                break;
            case "gpkg":
                GeoPackageExport.Write(path, "rail_lines", [("line_id", "TEXT", f => f.Attributes["line_id"])], lines);
                File.WriteAllBytes(path, OnePointLine(File.ReadAllBytes(path), 451000, Y));
                break;
            default:
                ShapefileExport.WriteLines(path, ["line_id"], lines);
                File.WriteAllBytes(path, OnePointLine(File.ReadAllBytes(path), 451000, Y, shapefile: true));
                break;
        }

        var result = RailLinesReader.Read(TinyFixture.Spec("rail_lines", path), TinyFixture.Transformer());

        Assert.Equal(["R1", "R3"], result.Accepted.Select(l => l.Id));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal((Second(format), "geometry"), (reject.Row, reject.Field));
        Assert.StartsWith("degenerate geometry: a line of fewer than 2 points (", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geojson_object_or_array_in_a_property_is_a_reject_naming_the_field()
    {
        var path = Path.Combine(_temp.Path, "land_use.geojson");
        var square = "{\"type\": \"Polygon\", \"coordinates\": [[[450000, 4420000], [450400, 4420000], [450400, 4420400], [450000, 4420400], [450000, 4420000]]]}";
        await File.WriteAllTextAsync(path, $$$"""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"parcel_id": "Q1", "year": 2020, "class_code": {"code": "0701"}}, "geometry": {{{square}}}},
              {"type": "Feature", "properties": {"parcel_id": ["Q2", "Q2b"], "year": 2020, "class_code": "0701"}, "geometry": {{{square}}}},
              {"type": "Feature", "properties": {"parcel_id": "Q3", "year": 2020, "class_code": "0701", "note": {"free": "form"}}, "geometry": {{{square}}}}
            ]}
            """);

        var result = Read(path);

        // An unused property may hold anything: Q3 is accepted.
        Assert.Equal(["Q3"], result.Accepted.Select(p => p.Id));
        Assert.Equal(
            [("feature 0", "class_code", "is a JSON object, not a single text or number"), ("feature 1", "parcel_id", "is a JSON array, not a single text or number")],
            result.Rejects.Select(r => (r.Row, r.Field, r.Reason)));
    }

    [Fact]
    public void A_blob_in_a_geopackage_attribute_is_a_reject_naming_the_field()
    {
        var gpkg = Path.Combine(_temp.Path, "land_use.gpkg");
        GeoPackageExport.Write(
            gpkg,
            "land_use",
            [("parcel_id", "TEXT", f => f.Attributes["parcel_id"]), ("year", "TEXT", f => f.Attributes["year"]), ("class_code", "BLOB", f => "0701"u8.ToArray())],
            Parcels(Square(X, Y, 400)));

        Assert.All(Read(gpkg).Rejects, r => Assert.Equal(("class_code", "is binary data, not a single text or number"), (r.Field, r.Reason)));
        Assert.Equal(3, Read(gpkg).Rejects.Count);
    }

    // A Parquet column has one type for all its rows (issue 10): a binary class_code is the column's fault, not each row's.
    [Fact]
    public async Task A_binary_parquet_attribute_column_stops_the_run_naming_file_and_column()
    {
        var parquet = Path.Combine(_temp.Path, "land_use.parquet");
        await new ParquetTable()
            .Text("parcel_id", ["Q1"])
            .Text("year", ["2020"])
            .Binary("class_code", ["0701"u8.ToArray()])
            .Binary("geometry", [new WKBWriter().Write(Square(X, Y, 400))])
            .WriteAsync(parquet);

        var error = InputFault.Throws(() => Read(parquet));

        Assert.Equal((ErrorCategory.Input, $"{parquet}, field 'class_code': column 'class_code' of input 'land_use' holds binary data, but class_code takes text"), (error.Category, error.OneLine));
    }

    private static List<IFeature> Parcels(NetTopologySuite.Geometries.Geometry second) =>
        [Parcel("Q1", Square(449500, Y, 400)), Parcel("Q2", second), Parcel("Q3", Square(451500, Y, 400))];

    private static string Second(string format) => format == "parquet" ? "row 2" : "feature 1";

    private static DatasetResult<Parcel> Read(string path) =>
        LandUseReader.Read(TinyFixture.Spec("land_use", path), TinyFixture.Transformer(), TinyFixture.LandClasses());
}
