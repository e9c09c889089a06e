using System.Text.Json;
using MasterPlanEval.Core.Errors;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Reads a GeoJSON FeatureCollection with NetTopologySuite's System.Text.Json converters.</summary>
internal static class GeoJsonRecordSource
{
    // Options freeze on first use, so one shared instance is safe.
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static RecordSource Open(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, Options)
                ?? throw new EvaluationException(ErrorCategory.Input, "not a GeoJSON FeatureCollection", new SourceLocation(path));
            return FeatureRecords.From(path, collection.ToList());
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new EvaluationException(ErrorCategory.Input, $"not a readable GeoJSON FeatureCollection: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }
}
