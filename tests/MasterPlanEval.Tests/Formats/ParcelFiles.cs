using System.Globalization;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Writes the same land-use parcels (parcel_id, year, class_code as text, a polygon or none) in each polygon format
/// with the same writers as the other format tests, and damages written files the way a broken copy does: by
/// truncating them or overwriting bytes. Coordinates are EPSG:4548 metres near the tiny fixture.
/// </summary>
public static class ParcelFiles
{
    public static readonly string[] Columns = ["parcel_id", "year", "class_code"];

    public static readonly GeometryFactory Factory = new();

    public static TheoryData<string> Formats() => new() { "geojson", "shp", "gpkg", "parquet" };

    public static IFeature Parcel(string id, Geometry? geometry, string year = "2020", string classCode = "0701") =>
        new Feature(geometry, new AttributesTable { { "parcel_id", id }, { "year", year }, { "class_code", classCode } });

    /// <summary>The tiny fixture's 18 parcels (17 accepted, P10 rejected for its class code) as <see cref="Parcel"/>s.</summary>
    public static IReadOnlyList<IFeature> Tiny() =>
        TinyFixture.Features("land_use.geojson")
            .Select(f => Parcel(TinyFixture.Text(f, "parcel_id")!, f.Geometry, TinyFixture.Text(f, "year")!, TinyFixture.Text(f, "class_code")!))
            .ToList();

    /// <summary>An axis-aligned square of side <paramref name="side"/> metres from (x, y), ring closed.</summary>
    public static Polygon Square(double x, double y, double side) =>
        Factory.CreatePolygon([new(x, y), new(x + side, y), new(x + side, y + side), new(x, y + side), new(x, y)]);

    /// <summary>The square's ring run a, c, b, d: two triangles touching at the centre, each a quarter of the square.</summary>
    public static Polygon BowTie(double x, double y, double side) =>
        Factory.CreatePolygon([new(x, y), new(x + side, y + side), new(x + side, y), new(x, y + side), new(x, y)]);

    /// <summary>The parcels as land_use.{format}; a Parquet file gets <paramref name="parquetMetadata"/> (GeoParquet's <c>geo</c>, say).</summary>
    public static async Task<string> WriteAsync(string folder, string format, IReadOnlyList<IFeature> features, IReadOnlyDictionary<string, string>? parquetMetadata = null)
    {
        var path = Path.Combine(folder, $"land_use.{format}");
        switch (format)
        {
            case "geojson":
                await File.WriteAllTextAsync(path, GeoJson(features));
                break;
            case "shp":
                ShapefileExport.WritePolygons(path, Columns, features);
                break;
            case "gpkg":
                GeoPackageExport.Write(path, "land_use", Columns.Select(c => (c, "TEXT", (Func<IFeature, object?>)(f => f.Attributes[c]))).ToList(), features);
                break;
            case "parquet":
                var wkb = new WKBWriter();
                var table = new ParquetTable();
                foreach (var (key, value) in parquetMetadata ?? new Dictionary<string, string>())
                {
                    table.Metadata(key, value);
                }

                await table
                    .Text("parcel_id", features.Select(f => (string?)f.Attributes["parcel_id"]).ToList())
                    .Text("year", features.Select(f => (string?)f.Attributes["year"]).ToList())
                    .Text("class_code", features.Select(f => (string?)f.Attributes["class_code"]).ToList())
                    .Binary("geometry", features.Select(f => f.Geometry is null ? null : wkb.Write(f.Geometry)).ToList())
                    .WriteAsync(path);
                break;
            default:
                throw new ArgumentException($"unknown format {format}", nameof(format));
        }

        return path;
    }

    /// <summary>A FeatureCollection written by hand, so that a test can also write what no geometry type can hold.</summary>
    public static string GeoJson(IReadOnlyList<IFeature> features, IReadOnlyDictionary<int, string>? rawGeometry = null) =>
        "{\"type\": \"FeatureCollection\", \"features\": [\n" +
        string.Join(",\n", features.Select((f, i) =>
            $"  {{\"type\": \"Feature\", \"properties\": {{{string.Join(", ", f.Attributes.GetNames().Select(n => $"\"{n}\": {Json(f.Attributes[n])}"))}}}, " +
            $"\"geometry\": {(rawGeometry is not null && rawGeometry.TryGetValue(i, out var raw) ? raw : GeometryJson(f.Geometry))}}}")) +
        "\n]}\n";

    /// <summary>
    /// Moves the last occurrence of the point (x, y), stored as two little-endian doubles, by one metre in x: in WKB,
    /// a GeoPackage blob or a .shp record the closing point of a ring, so the ring no longer closes.
    /// </summary>
    public static byte[] OpenRing(byte[] bytes, double x, double y)
    {
        var pattern = BitConverter.GetBytes(x).Concat(BitConverter.GetBytes(y)).ToArray();
        var at = bytes.AsSpan().LastIndexOf(pattern);
        Assert.True(at >= 0, $"point ({x}, {y}) not found");
        var copy = (byte[])bytes.Clone();
        BitConverter.GetBytes(x + 1).CopyTo(copy, at);
        return copy;
    }

    /// <summary>
    /// Sets the point count of the line whose first point is (x, y) from 2 to 1, in WKB (count, then points) or a
    /// .shp PolyLine record (part count 1, point count, part start 0, then points): a line of one point.
    /// </summary>
    public static byte[] OnePointLine(byte[] bytes, double x, double y, bool shapefile = false)
    {
        byte[] count = shapefile ? [2, 0, 0, 0, 0, 0, 0, 0] : [2, 0, 0, 0];
        var pattern = count.Concat(BitConverter.GetBytes(x)).Concat(BitConverter.GetBytes(y)).ToArray();
        var at = bytes.AsSpan().LastIndexOf(pattern);
        Assert.True(at >= 0, $"a 2-point line from ({x}, {y}) not found");
        var copy = (byte[])bytes.Clone();
        copy[at] = 1;
        return copy;
    }

    /// <summary>Cuts a file to its first <paramref name="keep"/> bytes.</summary>
    public static void Truncate(string path, long keep)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        Assert.True(keep < stream.Length);
        stream.SetLength(keep);
    }

    /// <summary>Overwrites <paramref name="count"/> bytes from <paramref name="offset"/> with a fixed, non-random pattern.</summary>
    public static void Overwrite(string path, long offset, int count)
    {
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i < count; i++)
        {
            bytes[offset + i] = (byte)(0xA5 ^ (i * 37));
        }

        File.WriteAllBytes(path, bytes);
    }

    private static string Json(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString()!,
    };

    private static string GeometryJson(Geometry? geometry) => geometry switch
    {
        null => "null",
        Polygon p => $"{{\"type\": \"Polygon\", \"coordinates\": [{string.Join(", ", new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(r => Points(r.Coordinates)))}]}}",
        LineString l => $"{{\"type\": \"LineString\", \"coordinates\": {Points(l.Coordinates)}}}",
        _ => throw new ArgumentException($"no GeoJSON writer for {geometry.GeometryType}", nameof(geometry)),
    };

    public static string Points(IEnumerable<Coordinate> points) =>
        "[" + string.Join(", ", points.Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.X}, {c.Y}]"))) + "]";
}
