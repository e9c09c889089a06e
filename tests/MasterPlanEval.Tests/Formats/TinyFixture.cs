using System.Globalization;
using System.Text.Json;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Indicators.LandClasses;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Tests.Support;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// The tiny fixture's inputs as the format tests need them: specs, the identity transformer (every tiny input is
/// already in EPSG:4548), the land-class mapping, and the source features and rows read with the libraries
/// directly (not through the ingest layer), so that conversions start from the files themselves.
/// </summary>
public static class TinyFixture
{
    public const string Crs = "EPSG:4548";

    public const string Classification = "gb-land-sea-2023";

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static string Source(string name) => Path.Combine(RepoPaths.Fixture("tiny"), name);

    public static InputSpec Spec(string dataset, string path) =>
        new(dataset, path, Crs, dataset == "land_use" ? Classification : null);

    public static CoordinateTransformer Transformer()
    {
        Assert.True(CrsRegistry.TryGet(Crs, out var definition));
        return new CoordinateTransformer(definition, definition);
    }

    public static LandClassMapping LandClasses() =>
        LandClassMapping.Load(Path.Combine(RepoPaths.Root, "indicators", "land-classes"), Classification);

    public static IReadOnlyList<IFeature> Features(string name)
    {
        using var stream = File.OpenRead(Source(name));
        return JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson)!.ToList();
    }

    /// <summary>The fixture CSV's rows by header; an empty field is null, as the contract reads it.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows(string name) =>
        SimpleCsv.Read(Source(name))
            .Select(row => (IReadOnlyDictionary<string, string?>)row.ToDictionary(p => p.Key, p => p.Value.Length == 0 ? null : p.Value))
            .ToList();

    /// <summary>A GeoJSON property as text (null stays null).</summary>
    public static string? Text(IFeature feature, string name) => Value(feature, name) switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement e => e.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>A GeoJSON property as a whole number.</summary>
    public static int Int(IFeature feature, string name) => Value(feature, name) switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt32(),
        IConvertible c => c.ToInt32(CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"property '{name}' is not a number: {other}"),
    };

    private static object? Value(IFeature feature, string name) =>
        feature.Attributes is { } attributes && attributes.Exists(name) ? attributes[name] : null;
}
