using System.Globalization;
using System.Text.Json;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// Reads a CRS given as PROJJSON (as GeoParquet metadata holds it) for its meaning: an <c>id</c> the registry knows is
/// that CRS; otherwise a GeographicCRS, or a ProjectedCRS whose conversion is Transverse Mercator (EPSG method 9807),
/// on WGS 84 or CGCS2000, with its parameters found by their EPSG ids (8801, 8802, 8805, 8806, 8807) or names, in
/// the units the PROJJSON gives them.
/// </summary>
internal static class ProjJsonCrs
{
    private const int TransverseMercatorMethod = 9807;
    private const double DegreeInRadians = Math.PI / 180;

    private static readonly Dictionary<int, string> ParameterNames = new()
    {
        [8801] = "latitude of natural origin",
        [8802] = "longitude of natural origin",
        [8805] = "scale factor at natural origin",
        [8806] = "false easting",
        [8807] = "false northing",
    };

    public static (CrsDefinition? Crs, string? Problem) Parse(JsonElement crs)
    {
        if (crs.ValueKind != JsonValueKind.Object)
        {
            return (null, "the crs is not a PROJJSON object");
        }

        var name = Text(crs, "name") ?? "(unnamed)";
        var id = Id(crs);
        if (id is ("EPSG", var code) && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var epsg) && CrsRegistry.Epsg(epsg) is { } registered)
        {
            return (registered, null);
        }

        if (id is ("OGC", "CRS84"))
        {
            return (CrsRegistry.Crs84, null);
        }

        var type = Text(crs, "type");
        var (definition, problem) = type switch
        {
            "GeographicCRS" => Geographic(crs, name),
            "ProjectedCRS" => Projected(crs, name),
            _ => (null, $"it is a {type ?? "PROJJSON object without a type"}, not a GeographicCRS or ProjectedCRS"),
        };
        if (definition is null)
        {
            return (null, $"{(id is var (authority, number) ? $"{authority}:{number} " : string.Empty)}'{name}': {problem}");
        }

        return (CrsRegistry.SameAs(definition) is { } same ? definition with { Title = $"{definition.Title}; the same as {same.Name}" } : definition, null);
    }

    private static (CrsDefinition? Crs, string? Problem) Geographic(JsonElement crs, string name)
    {
        var problem = DatumProblem(crs);
        return problem is null ? (new CrsDefinition(name, "longitude/latitude on WGS 84 or CGCS2000", true, false, null), null) : (null, problem);
    }

    private static (CrsDefinition? Crs, string? Problem) Projected(JsonElement crs, string name)
    {
        if (!crs.TryGetProperty("base_crs", out var baseCrs) || baseCrs.ValueKind != JsonValueKind.Object)
        {
            return (null, "it has no base_crs");
        }

        var baseProblem = Id(baseCrs) is ("EPSG", "4326" or "4490") ? null : DatumProblem(baseCrs);
        if (baseProblem is not null)
        {
            return (null, baseProblem);
        }

        if (!crs.TryGetProperty("conversion", out var conversion) || conversion.ValueKind != JsonValueKind.Object
            || !conversion.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.Object)
        {
            return (null, "it has no conversion method");
        }

        var methodName = Text(method, "name") ?? "(unnamed)";
        if (!(Id(method) is ("EPSG", var code) && code == TransverseMercatorMethod.ToString(CultureInfo.InvariantCulture))
            && !methodName.Equals("Transverse Mercator", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"its projection is {methodName}, not Transverse Mercator (Gauss-Kruger, UTM)");
        }

        if (AxisUnitProblem(crs) is { } unitProblem)
        {
            return (null, unitProblem);
        }

        var values = new Dictionary<int, double>();
        foreach (var parameter in conversion.TryGetProperty("parameters", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var key = ParameterKey(parameter);
            if (key is { } k && parameter.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number)
            {
                values[k] = value.GetDouble() * Factor(parameter, k);
            }
        }

        if (!values.TryGetValue(8802, out var centralMeridian) || !values.TryGetValue(8805, out var scale))
        {
            return (null, "its conversion lacks the longitude of natural origin or the scale factor");
        }

        var projection = new TransverseMercator(centralMeridian, scale, values.GetValueOrDefault(8806), values.GetValueOrDefault(8807), values.GetValueOrDefault(8801));
        return (new CrsDefinition(name, projection.Describe(), false, false, projection), null);
    }

    private static int? ParameterKey(JsonElement parameter)
    {
        if (Id(parameter) is ("EPSG", var code) && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && ParameterNames.ContainsKey(number))
        {
            return number;
        }

        var name = Text(parameter, "name");
        foreach (var (key, known) in ParameterNames)
        {
            if (known.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return null;
    }

    // Angles to degrees, lengths to metres, scales to unity: PROJJSON's default units, or a unit's conversion_factor
    // (radians, metres or unity per unit).
    private static double Factor(JsonElement parameter, int key)
    {
        var angle = key is 8801 or 8802;
        if (!parameter.TryGetProperty("unit", out var unit) || unit.ValueKind == JsonValueKind.String)
        {
            return 1;
        }

        var factor = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("conversion_factor", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetDouble() : 1;
        return angle ? factor / DegreeInRadians : factor;
    }

    private static string? AxisUnitProblem(JsonElement crs)
    {
        if (!crs.TryGetProperty("coordinate_system", out var system) || !system.TryGetProperty("axis", out var axes) || axes.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var axis in axes.EnumerateArray())
        {
            if (axis.ValueKind == JsonValueKind.Object && axis.TryGetProperty("unit", out var unit)
                && !(unit.ValueKind == JsonValueKind.String && unit.GetString() == "metre")
                && !(unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("conversion_factor", out var f) && f.ValueKind == JsonValueKind.Number && f.GetDouble() == 1))
            {
                return $"its axis unit is {(unit.ValueKind == JsonValueKind.Object ? Text(unit, "name") : unit.GetRawText())}, not the metre";
            }
        }

        return null;
    }

    private static string? DatumProblem(JsonElement geographic)
    {
        var datum = geographic.TryGetProperty("datum", out var d) ? d : geographic.TryGetProperty("datum_ensemble", out var e) ? e : default;
        if (datum.ValueKind != JsonValueKind.Object)
        {
            return "it names no datum";
        }

        var datumName = Text(datum, "name") ?? "(unnamed)";
        if (datum.TryGetProperty("prime_meridian", out var meridian) && meridian.TryGetProperty("longitude", out var longitude)
            && !(longitude.ValueKind == JsonValueKind.Number && longitude.GetDouble() == 0))
        {
            return $"its prime meridian is {Text(meridian, "name")}, not Greenwich";
        }

        if (!datum.TryGetProperty("ellipsoid", out var ellipsoid) || ellipsoid.ValueKind != JsonValueKind.Object || Number(ellipsoid, "semi_major_axis") is not { } a)
        {
            return $"datum '{datumName}' gives no ellipsoid";
        }

        var inverseFlattening = Number(ellipsoid, "inverse_flattening")
            ?? (Number(ellipsoid, "semi_minor_axis") is { } b ? a / (a - b) : double.PositiveInfinity);
        return AcceptedDatum.Problem(datumName, a, inverseFlattening);
    }

    // The first identifier: "id": {"authority": "EPSG", "code": 4547} or "ids": [{...}, ...]; codes may be numbers or text.
    private static (string Authority, string Code)? Id(JsonElement element)
    {
        var id = element.TryGetProperty("id", out var single) ? single
            : element.TryGetProperty("ids", out var many) && many.ValueKind == JsonValueKind.Array && many.GetArrayLength() > 0 ? many[0]
            : default;
        if (id.ValueKind != JsonValueKind.Object || Text(id, "authority") is not { } authority || !id.TryGetProperty("code", out var code))
        {
            return null;
        }

        return (authority.ToUpperInvariant(), code.ValueKind == JsonValueKind.String ? code.GetString()! : code.GetRawText());
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.Object when value.TryGetProperty("value", out var inner) && inner.ValueKind == JsonValueKind.Number => inner.GetDouble(),
            _ => null,
        } : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
