using System.Text.Json;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The top-level <c>crs</c> member of a GeoJSON file (the 2008 GeoJSON spec: <c>{"type": "name", "properties":
/// {"name": "urn:ogc:def:crs:EPSG::4547"}}</c>, or the older <c>{"type": "EPSG", "properties": {"code": 4547}}</c>).
/// RFC 7946 dropped the member: its GeoJSON is WGS 84 lon/lat, which is the format's default, not a declaration the
/// config is held to (projected GeoJSON without the member is common). <c>"crs": null</c> says the CRS is unknown.
/// </summary>
internal static class GeoJsonCrs
{
    private const string Member = "its crs member";

    private static readonly DeclaredCrs Rfc7946Default = new("RFC 7946's default: no crs member", CrsRegistry.Crs84, null, FormatDefault: true);

    public static DeclaredCrs? Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan().IndexOf("\"crs\""u8) < 0)
            {
                // Most files have no member: a vectorised search says so without walking every feature.
                return Rfc7946Default;
            }

            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "crs")
                {
                    return reader.TokenType == JsonTokenType.Null ? null : Declaration(JsonElement.ParseValue(ref reader));
                }

                reader.Skip();
            }

            return Rfc7946Default;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // The GeoJSON reader reports a file it cannot read, with the feature where it breaks.
            return null;
        }
    }

    private static DeclaredCrs Declaration(JsonElement crs)
    {
        var type = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var properties = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return (type?.ToLowerInvariant(), properties.ValueKind) switch
        {
            ("name", JsonValueKind.Object) when properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String =>
                DeclaredCrs.Of(Member, CrsText.Parse(name.GetString()!)),
            ("epsg", JsonValueKind.Object) when properties.TryGetProperty("code", out var code) && code.ValueKind is JsonValueKind.Number or JsonValueKind.String =>
                DeclaredCrs.Of(Member, CrsText.Parse($"EPSG:{(code.ValueKind == JsonValueKind.String ? code.GetString() : code.GetRawText())}")),
            _ => new DeclaredCrs(Member, null, $"a crs member of type '{type ?? "(none)"}' is not read: name the CRS ({{\"type\": \"name\", \"properties\": {{\"name\": \"EPSG:4547\"}}}}) or remove the member and give the crs in the config"),
        };
    }
}
