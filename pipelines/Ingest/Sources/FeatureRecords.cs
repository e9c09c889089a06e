using NetTopologySuite.Features;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Turns NTS features into raw records, numbering them from 0 and collecting every attribute name.</summary>
internal static class FeatureRecords
{
    public static RecordSource From(string path, IReadOnlyList<IFeature> features)
    {
        var names = features.SelectMany(f => f.Attributes?.GetNames() ?? []).Distinct(StringComparer.Ordinal).ToList();
        var columns = names.Select((n, i) => (n, i)).ToDictionary(c => c.n, c => c.i, StringComparer.Ordinal);
        var records = features.Select((feature, index) =>
        {
            var values = names.Select(n => feature.Attributes is { } a && a.Exists(n) ? Normalize(a[n]) : null).ToArray();
            return new RawRecord(RecordPosition.Feature(index), columns, values, feature.Geometry);
        }).ToList();
        return new RecordSource(path, columns.Keys.ToHashSet(StringComparer.Ordinal), records);
    }

    // GeoJSON numbers arrive as decimal or JsonElement depending on the reader; validation wants plain values.
    private static object? Normalize(object? value) => value switch
    {
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } e => e.GetDouble(),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e => e.GetString(),
        System.Text.Json.JsonElement e => e.ToString(),
        decimal d => (double)d,
        string s when string.IsNullOrWhiteSpace(s) => null,
        _ => value,
    };
}
