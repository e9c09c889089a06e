using System.Buffers;
using System.Text.Json;
using MasterPlanEval.Core.Errors;
using NetTopologySuite.Features;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Turns the features of a geometry file into one batch of records, collecting every attribute name.</summary>
internal static class FeatureRecords
{
    public static FileRecords From(string path, string format, IReadOnlyList<SourceFeature> features)
    {
        var names = features.SelectMany(f => f.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToList();
        var columns = names.Select((n, i) => (n, i)).ToDictionary(c => c.n, c => c.i, StringComparer.Ordinal);
        var values = names.Select(_ => new object?[features.Count]).ToArray();
        for (var row = 0; row < features.Count; row++)
        {
            foreach (var (name, value) in features[row].Attributes)
            {
                var normalized = Normalize(value);
                CheckText(path, features[row].Index, name, normalized);
                values[columns[name]][row] = normalized;
            }
        }

        var batch = new RecordBatch
        {
            Count = features.Count,
            Columns = values.Select(v => (SourceColumn?)new ObjectColumn(v)).ToArray(),
            Unit = "feature",
            Numbers = features.Select(f => f.Index).ToArray(),
            Geometries = features.Select(f => f.Geometry).ToArray(),
            GeometryProblems = features.Select(f => f.GeometryProblem).ToArray(),
        };
        return new FileRecords(path, format, names, _ => [batch]) { Rows = features.Count };
    }

    // Attribute text never holds control characters, and U+FFFD is what a decoder puts for bytes that are not
    // text: such a value comes from overwritten bytes (a damaged .dbf, say) or a wrong encoding, and must not
    // become a reject reason full of garbage.
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");

    private static void CheckText(string path, long feature, string name, object? value)
    {
        if (value is string text && text.AsSpan().IndexOfAny(NotText) >= 0)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                "holds bytes that are not text (control characters or bytes invalid in its encoding): the file is damaged or its encoding is not the declared one",
                new SourceLocation(path, RecordPosition.Feature(feature).ToString(), name));
        }
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
