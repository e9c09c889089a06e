using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// Writes polygon features to an Esri Shapefile with NetTopologySuite's writer: character fields only, a UTF-8
/// .dbf (the writer then adds a .cpg saying so), and a null shape for a feature without geometry.
/// </summary>
public static class ShapefileExport
{
    /// <summary>Character field width in bytes: enough for the fixture's UTF-8 Chinese names (3 bytes a character).</summary>
    public const int FieldBytes = 64;

    public static void WritePolygons(string path, IReadOnlyList<string> fields, IEnumerable<IFeature> features) =>
        Write(path, ShapeType.Polygon, fields, features);

    /// <summary>Line features as a PolyLine Shapefile; a feature without geometry is written as a Null Shape.</summary>
    public static void WriteLines(string path, IReadOnlyList<string> fields, IEnumerable<IFeature> features) =>
        Write(path, ShapeType.PolyLine, fields, features);

    private static void Write(string path, ShapeType type, IReadOnlyList<string> fields, IEnumerable<IFeature> features)
    {
        // .dbf field names are at most 10 characters; the contract's names must fit unshortened.
        Assert.All(fields, name => Assert.True(name.Length <= 10, $"'{name}' is longer than a .dbf field name may be"));
        var options = new ShapefileWriterOptions(type) { Encoding = Encoding.UTF8 };
        foreach (var name in fields)
        {
            options.AddCharacterField(name, FieldBytes);
        }

        using var writer = Shapefile.OpenWrite(path, options);
        foreach (var feature in features)
        {
            // The writer refuses null; an empty polygon is written as a Null Shape record (shape type 0).
            writer.Geometry = feature.Geometry ?? (type == ShapeType.Polygon ? Polygon.Empty : (Geometry)LineString.Empty);
            foreach (var name in fields)
            {
                writer.Fields[name].Value = TinyFixture.Text(feature, name);
            }

            writer.Write();
        }
    }
}
