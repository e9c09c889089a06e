using System.Text;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>
/// Writes a GeoJSON FeatureCollection, one feature per line, with properties in the given order and
/// coordinates already converted to the output CRS and rounded, so the text is stable and diff-friendly.
/// </summary>
public sealed class GeoJsonText
{
    private readonly StringBuilder _text = new("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n");
    private readonly int _decimals;
    private bool _first = true;

    public GeoJsonText(int decimals) => _decimals = decimals;

    /// <summary>Adds a feature; property values are strings, numbers, booleans or null.</summary>
    public void Add(IReadOnlyList<(string Key, object? Value)> properties, Geometry? geometry)
    {
        _text.Append(_first ? "    " : ",\n    ");
        _first = false;
        _text.Append("{\"type\": \"Feature\", \"properties\": {");
        _text.AppendJoin(", ", properties.Select(p => $"{Text.Json(p.Key)}: {Value(p.Value)}"));
        _text.Append("}, \"geometry\": ");
        _text.Append(geometry is null ? "null" : Geometry(geometry));
        _text.Append('}');
    }

    public override string ToString() => _text + "\n  ]\n}\n";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => Text.Json(s),
        bool b => b ? "true" : "false",
        int i => Text.Int(i),
        double d => Text.Number(d),
        _ => throw new ArgumentException($"unsupported property value {value.GetType().Name}", nameof(value)),
    };

    private string Geometry(Geometry geometry) => geometry switch
    {
        Polygon p => $"{{\"type\": \"Polygon\", \"coordinates\": {Rings(p)}}}",
        MultiPolygon m => $"{{\"type\": \"MultiPolygon\", \"coordinates\": [{string.Join(", ", Enumerable.Range(0, m.NumGeometries).Select(i => Rings((Polygon)m.GetGeometryN(i))))}]}}",
        LineString l => $"{{\"type\": \"LineString\", \"coordinates\": {Ring(l)}}}",
        _ => throw new ArgumentException($"unsupported geometry {geometry.GeometryType}", nameof(geometry)),
    };

    private string Rings(Polygon polygon) =>
        "[" + string.Join(", ", new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).Select(Ring)) + "]";

    private string Ring(LineString ring) =>
        "[" + string.Join(", ", ring.Coordinates.Select(c => $"[{Text.Fixed(c.X, _decimals)}, {Text.Fixed(c.Y, _decimals)}]")) + "]";
}
