using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>One feature as a geometry file holds it: its 0-based index, attributes, geometry or why it has none usable.</summary>
internal sealed record SourceFeature(long Index, IReadOnlyList<KeyValuePair<string, object?>> Attributes, Geometry? Geometry, string? GeometryProblem = null);

/// <summary>Turns the features of a geometry file into raw records, collecting every attribute name.</summary>
internal static class FeatureRecords
{
    public static RecordSource From(string path, IReadOnlyList<SourceFeature> features)
    {
        var names = features.SelectMany(f => f.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToList();
        var columns = names.Select((n, i) => (n, i)).ToDictionary(c => c.n, c => c.i, StringComparer.Ordinal);
        var records = features.Select(feature =>
        {
            var values = new object?[names.Count];
            foreach (var (name, value) in feature.Attributes)
            {
                values[columns[name]] = Normalize(value);
            }

            return new RawRecord(RecordPosition.Feature(feature.Index), columns, values, feature.Geometry, geometryProblem: feature.GeometryProblem);
        }).ToList();
        return new RecordSource(path, columns.Keys.ToHashSet(StringComparer.Ordinal), records);
    }

    public static IReadOnlyList<KeyValuePair<string, object?>> Attributes(IAttributesTable? table) =>
        table is null ? [] : table.GetNames().Select(n => new KeyValuePair<string, object?>(n, table[n])).ToList();

    // Validation wants plain values: text, numbers, booleans or null. An object, an array or a blob is none of
    // them; it becomes a marker that rejects the row naming the field, never its type name read as text.
    public static object? Normalize(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.String } e => Blank(e.GetString()),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Object } => new NonScalarValue("a JSON object"),
        JsonElement => new NonScalarValue("a JSON array"),
        IAttributesTable => new NonScalarValue("an object"),
        byte[] => new NonScalarValue("binary data"),
        System.Collections.IEnumerable and not string => new NonScalarValue("a list"),
        decimal d => (double)d,
        string s => Blank(s),
        _ => value,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
