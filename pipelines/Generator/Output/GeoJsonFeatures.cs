using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.Output;

/// <summary>
/// Writes a GeoJSON FeatureCollection one feature per line (readable, diffable), string properties only,
/// polygons with their rings as stored, and line strings. Chinese names stay readable rather than \u-escaped.
/// </summary>
internal static class GeoJsonFeatures
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(Stream stream, IEnumerable<(IReadOnlyList<(string Name, string? Value)> Properties, Geometry? Geometry)> features)
    {
        await stream.WriteAsync("{\"type\":\"FeatureCollection\",\"features\":[\n"u8.ToArray());
        var buffer = new ArrayBufferWriter<byte>();
        var first = true;
        foreach (var (properties, geometry) in features)
        {
            buffer.Clear();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                foreach (var (name, value) in properties)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
                json.WritePropertyName("geometry");
                switch (geometry)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case Polygon polygon:
                        WritePolygon(json, polygon);
                        break;
                    case LineString line:
                        WriteLine(json, line);
                        break;
                    default:
                        throw new ArgumentException($"GeoJSON output of a {geometry.GeometryType} is not written here", nameof(features));
                }

                json.WriteEndObject();
            }

            if (!first)
            {
                await stream.WriteAsync(",\n"u8.ToArray());
            }

            first = false;
            await stream.WriteAsync(buffer.WrittenMemory);
        }

        await stream.WriteAsync("\n]}\n"u8.ToArray());
    }

    private static void WritePolygon(Utf8JsonWriter json, Polygon polygon)
    {
        json.WriteStartObject();
        json.WriteString("type", "Polygon");
        json.WriteStartArray("coordinates");
        WriteRing(json, polygon.ExteriorRing, counterClockwise: true);
        foreach (var hole in polygon.InteriorRings)
        {
            WriteRing(json, hole, counterClockwise: false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter json, LineString line)
    {
        json.WriteStartObject();
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        foreach (var c in line.Coordinates)
        {
            json.WriteStartArray();
            json.WriteNumberValue(c.X);
            json.WriteNumberValue(c.Y);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // RFC 7946: exterior rings counter-clockwise, holes clockwise (NTS overlays return the opposite).
    private static void WriteRing(Utf8JsonWriter json, LineString ring, bool counterClockwise)
    {
        var coordinates = ring.Coordinates;
        if (Orientation.IsCCW(coordinates) != counterClockwise)
        {
            coordinates = coordinates.Reverse().ToArray();
        }

        json.WriteStartArray();
        foreach (var c in coordinates)
        {
            json.WriteStartArray();
            json.WriteNumberValue(c.X);
            json.WriteNumberValue(c.Y);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
