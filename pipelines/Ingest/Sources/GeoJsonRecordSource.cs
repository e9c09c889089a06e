using System.Text.Json;
using MasterPlanEval.Core.Errors;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads a GeoJSON FeatureCollection feature by feature: a forward pass over the JSON finds each feature (so a
/// syntax error names the feature it sits in), then each feature's properties are read as plain values and its
/// geometry with NetTopologySuite's System.Text.Json converters. A degenerate geometry rejects that feature only.
/// </summary>
internal static class GeoJsonRecordSource
{
    private const string Format = "GeoJSON FeatureCollection";

    // Options freeze on first use, so one shared instance is safe.
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    public static FileRecords Open(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
        }

        var features = FeatureSpans(bytes, path).Select((span, index) => Feature(bytes.AsMemory(span.Start, span.Length), index, path)).ToList();
        return FeatureRecords.From(path, Format, features);
    }

    // The byte range of every element of the top-level "features" array, checking the JSON syntax on the way.
    private static List<(int Start, int Length)> FeatureSpans(byte[] bytes, string path)
    {
        var spans = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        string? type = null;
        var sawFeatures = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(path, null, "the file does not hold a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "type" && reader.TokenType == JsonTokenType.String)
                {
                    type = reader.GetString();
                }
                else if (name == "features" && reader.TokenType == JsonTokenType.StartArray)
                {
                    sawFeatures = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var start = checked((int)reader.TokenStartIndex);
                        Skip(ref reader, path, spans.Count);
                        spans.Add((start, checked((int)reader.BytesConsumed) - start));
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException ex)
        {
            throw Error(path, null, $"invalid JSON {Where(ex)}");
        }

        return type == "FeatureCollection" && sawFeatures
            ? spans
            : throw Error(path, null, type == "FeatureCollection" ? "it has no 'features' array" : $"its type is '{type ?? "(none)"}', not FeatureCollection");
    }

    private static void Skip(ref Utf8JsonReader reader, string path, int index)
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException ex)
        {
            throw Error(path, index, $"invalid JSON {Where(ex)}");
        }
    }

    private static SourceFeature Feature(ReadOnlyMemory<byte> json, int index, string path)
    {
        var members = Members(json.Span);
        if (members is not { Type: "Feature" } feature)
        {
            throw Error(path, index, "it is not a GeoJSON Feature (an object with \"type\": \"Feature\")");
        }

        var attributes = new List<KeyValuePair<string, object?>>();
        if (feature.Properties is { } range)
        {
            using var properties = JsonDocument.Parse(json[range], new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (properties.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, index, "its properties are not a JSON object");
            }

            // Values are taken out now: the document's memory is returned when it is disposed.
            attributes.AddRange(properties.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, FeatureRecords.Normalize(p.Value))));
        }

        var (geometry, problem) = feature.Geometry is { } at
            ? GeometryDecoding.Decode(() => JsonSerializer.Deserialize<Geometry>(json[at].Span, Options)!, path, RecordPosition.Feature(index), "geometry", "GeoJSON geometry")
            : (null, null);
        return new SourceFeature(index, attributes, geometry, problem);
    }

    // One pass over a feature finds its type and where its properties and geometry lie (null values: absent), so the
    // geometry's coordinates are read once, by the geometry reader, not first into a document of the whole feature.
    private static (string? Type, Range? Properties, Range? Geometry)? Members(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        (string? Type, Range? Properties, Range? Geometry) members = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var (start, isNull) = (checked((int)reader.TokenStartIndex), reader.TokenType == JsonTokenType.Null);
            if (name == "type" && reader.TokenType == JsonTokenType.String)
            {
                members.Type = reader.GetString();
            }

            reader.Skip();
            Range? value = isNull ? null : start..checked((int)reader.BytesConsumed);
            (members.Properties, members.Geometry) = name switch
            {
                "properties" => (value, members.Geometry),
                "geometry" => (members.Properties, value),
                _ => (members.Properties, members.Geometry),
            };
        }

        return members;
    }

    // System.Text.Json counts lines from 0 and appends the position to its message; say it once, from 1.
    private static string Where(JsonException ex) =>
        $"at line {(ex.LineNumber ?? 0) + 1}: {GuardedRecords.FirstLine(ex.Message).Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0]}";

    private static EvaluationException Error(string path, int? feature, string message) =>
        new(ErrorCategory.Input, $"not a readable {Format}: {message}", new SourceLocation(path, feature is { } i ? RecordPosition.Feature(i).ToString() : null));
}
