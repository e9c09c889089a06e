using MasterPlanEval.Core.Errors;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Tests.Support;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using static MasterPlanEval.Tests.Formats.ParcelFiles;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// A truncated or overwritten file is one input error naming the file, and the feature or row where it is known
/// (issue 9): never empty features, binary garbage as a reject reason or an internal error. Every damaged file
/// here is a valid one (three 400 m parcels Q1–Q3) cut short or with bytes overwritten; a geometry column that is
/// absent or of the wrong type is a missing required column that says what it found.
/// </summary>
public sealed class DamagedFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_parquet_land_use_without_a_geometry_column_is_a_missing_required_column()
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        await new ParquetTable().Text("parcel_id", ["Q1"]).Text("year", ["2020"]).Text("class_code", ["0701"]).WriteAsync(path);

        Assert.Equal($"{path}: missing required column 'geometry' for input 'land_use'", Fails(path).OneLine);
    }

    [Fact]
    public async Task Wkt_text_where_wkb_belongs_is_a_missing_required_column_naming_both_types()
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        await new ParquetTable()
            .Text("parcel_id", ["Q1"]).Text("year", ["2020"]).Text("class_code", ["0701"])
            .Text("geometry", ["POLYGON ((450000 4420000, 450400 4420000, 450400 4420400, 450000 4420000))"])
            .WriteAsync(path);

        Assert.Equal(
            $"{path}, field 'geometry': missing required column 'geometry' for input 'land_use': the column holds text, but a geometry column must be binary WKB (is it WKT text?)",
            Fails(path).OneLine);
    }

    [Fact]
    public async Task A_parquet_file_cut_short_names_the_file()
    {
        var path = await WriteAsync(_temp.Path, "parquet", Three());
        Truncate(path, new FileInfo(path).Length - 10);

        var error = Fails(path);

        Assert.StartsWith($"{path}: not a readable Parquet file: ", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overwritten_parquet_page_names_the_row_group_and_its_rows()
    {
        var path = await WriteAsync(_temp.Path, "parquet", Three());
        // The first column chunk starts after the 4-byte magic "PAR1": its page header no longer decodes.
        Overwrite(path, 4, 24);

        var error = Fails(path);

        Assert.StartsWith($"{path}, row group 1 (rows 1–3): not a readable Parquet file: ", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wkb_cut_short_in_one_row_names_the_row_and_field()
    {
        var path = Path.Combine(_temp.Path, "land_use.parquet");
        var wkb = new WKBWriter();
        var parcels = Three();
        await new ParquetTable()
            .Text("parcel_id", ["Q1", "Q2", "Q3"]).Text("year", ["2020", "2020", "2020"]).Text("class_code", ["0701", "0701", "0701"])
            .Binary("geometry", parcels.Select((f, i) => i == 1 ? wkb.Write(f.Geometry)[..40] : wkb.Write(f.Geometry)).ToList())
            .WriteAsync(path);

        var error = Fails(path);

        Assert.StartsWith($"{path}, row 2, field 'geometry': the geometry is not readable WKB: ", error.OneLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".shx", "index")]
    [InlineData(".dbf", "attribute table")]
    public async Task A_missing_shapefile_companion_is_named(string extension, string role)
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        File.Delete(Path.ChangeExtension(path, extension));

        Assert.Equal(
            $"{path}: the Shapefile's {role} land_use{extension} is missing: a Shapefile needs its .shp, .shx and .dbf side by side",
            Fails(path).OneLine);
    }

    [Fact]
    public async Task A_shp_cut_short_names_the_first_feature_it_lost()
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        // Each square is one 136-byte record (8 header + 128 content) after the 100-byte header: Q3 is cut.
        Truncate(path, 100 + 136 + 136 + 60);

        Assert.Equal(
            $"{path}, feature 2: the record ends at byte 508, past the end of the file (432 bytes): the file is truncated",
            Fails(path).OneLine);
    }

    [Fact]
    public async Task An_overwritten_shp_record_header_names_the_feature()
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        Overwrite(path, 100 + 136, 8);

        var error = Fails(path);

        Assert.StartsWith($"{path}, feature 1: the record header (number ", error.OneLine, StringComparison.Ordinal);
        Assert.EndsWith("the file is damaged", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dbf_cut_short_names_the_dbf()
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        var dbf = Path.ChangeExtension(path, ".dbf");
        Truncate(dbf, new FileInfo(dbf).Length - 40);

        var error = Fails(path);

        Assert.StartsWith($"{dbf}: 3 records of ", error.OneLine, StringComparison.Ordinal);
        Assert.EndsWith("the file is truncated", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overwritten_dbf_text_is_a_damaged_file_not_a_reject_reason()
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        var dbf = Path.ChangeExtension(path, ".dbf");
        // Header: 32 bytes + 32 per field (3) + 1 = 129; records of 1 + 3 × 64 bytes: Q2's parcel_id starts at 323.
        Overwrite(dbf, 129 + 193 + 1, 4);

        Assert.Equal(
            $"{path}, feature 1, field 'parcel_id': holds bytes that are not text (control characters or bytes invalid in its encoding): the file is damaged or its encoding is not the declared one",
            Fails(path).OneLine);
    }

    [Fact]
    public async Task A_shx_that_indexes_fewer_records_than_the_shp_holds_is_damaged()
    {
        var path = await WriteAsync(_temp.Path, "shp", Three());
        var shx = Path.ChangeExtension(path, ".shx");
        Truncate(shx, new FileInfo(shx).Length - 8);

        Assert.StartsWith($"{shx}: the index is truncated or damaged", Fails(path).OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geopackage_blob_cut_short_names_the_feature()
    {
        var path = await WriteAsync(_temp.Path, "gpkg", Three());
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE land_use SET geom = substr(geom, 1, 60) WHERE parcel_id = 'Q2'";
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        var error = Fails(path);

        Assert.StartsWith($"{path}, feature 1, field 'geom': the geometry is not readable GeoPackage geometry: ", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geopackage_file_cut_short_names_the_file()
    {
        var path = await WriteAsync(_temp.Path, "gpkg", Three());
        Truncate(path, new FileInfo(path).Length / 2);

        Assert.StartsWith($"{path}: not a readable GeoPackage: ", Fails(path).OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geopackage_whose_geometry_column_holds_text_is_a_missing_required_column()
    {
        var path = await WriteAsync(_temp.Path, "gpkg", Three());
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE land_use SET geom = 'POLYGON ((0 0, 1 0, 1 1, 0 0))'";
            update.ExecuteNonQuery();
        }

        Assert.Equal(
            $"{path}, feature 0, field 'geom': missing required column 'geom' for input 'land_use': it holds text, but a GeoPackage geometry must be a binary blob",
            Fails(path).OneLine);
    }

    [Fact]
    public async Task A_geojson_syntax_error_names_the_feature_it_sits_in()
    {
        var path = await WriteAsync(_temp.Path, "geojson", Three());
        var lines = File.ReadAllLines(path);
        // Line 3 holds feature 1: drop its last closing brace.
        lines[2] = lines[2][..lines[2].LastIndexOf('}')];
        File.WriteAllLines(path, lines);

        var error = Fails(path);

        Assert.StartsWith($"{path}, feature 1: not a readable GeoJSON FeatureCollection: invalid JSON at line ", error.OneLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geojson_cut_short_names_the_feature_it_ends_in()
    {
        var path = await WriteAsync(_temp.Path, "geojson", Three());
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text[..text.IndexOf("Q3", StringComparison.Ordinal)]);

        Assert.StartsWith($"{path}, feature 2: not a readable GeoJSON FeatureCollection: invalid JSON", Fails(path).OneLine, StringComparison.Ordinal);
    }

    private static List<NetTopologySuite.Features.IFeature> Three() =>
        [Parcel("Q1", Square(449500, 4420000, 400)), Parcel("Q2", Square(450500, 4420000, 400)), Parcel("Q3", Square(451500, 4420000, 400))];

    private static EvaluationException Fails(string path) =>
        InputFault.Throws(() => LandUseReader.Read(TinyFixture.Spec("land_use", path), TinyFixture.Transformer(), TinyFixture.LandClasses()));
}
