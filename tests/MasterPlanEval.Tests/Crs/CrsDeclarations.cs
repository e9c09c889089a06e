using System.Globalization;
using MasterPlanEval.Tests.Formats;
using Microsoft.Data.Sqlite;

namespace MasterPlanEval.Tests.Crs;

/// <summary>
/// The tiny fixture's land use written in a geometry format that declares a CRS the way that format does: a .prj
/// beside a Shapefile, a GeoPackage srs_id with its gpkg_spatial_ref_sys row, GeoParquet <c>geo</c> metadata with
/// PROJJSON, a GeoJSON crs member. The CRSs are EPSG:4547, EPSG:4548 and Xian 1980 (EPSG:2384), as tools write them.
/// </summary>
public static class CrsDeclarations
{
    public static TheoryData<string> Formats() => ParcelFiles.Formats();

    public static async Task<string> LandUseAsync(string folder, string format, int? epsg)
    {
        var metadata = format == "parquet" && epsg is { } code ? new Dictionary<string, string> { ["geo"] = GeoMetadata(ProjJson(code)) } : null;
        var path = await ParcelFiles.WriteAsync(folder, format, ParcelFiles.Tiny(), metadata);
        if (epsg is not { } declared)
        {
            return path;
        }

        switch (format)
        {
            case "shp":
                await File.WriteAllTextAsync(Path.ChangeExtension(path, ".prj"), Wkt(declared));
                break;
            case "gpkg":
                SetSrs(path, declared, "EPSG", declared, Wkt(declared));
                break;
            case "geojson":
                await File.WriteAllTextAsync(path, WithCrsMember(await File.ReadAllTextAsync(path), $"{{\"type\": \"name\", \"properties\": {{\"name\": \"urn:ogc:def:crs:EPSG::{declared}\"}}}}"));
                break;
        }

        return path;
    }

    /// <summary>The CRS as WKT1: ESRI's .prj for 4547, EPSG's WKT for 4548 and 2384.</summary>
    public static string Wkt(int epsg) => epsg switch
    {
        4547 => WktTexts.EsriCgcs2000Cm114,
        4548 => WktTexts.EpsgCgcs2000Cm117,
        2384 => WktTexts.Xian1980Cm117,
        _ => throw new ArgumentOutOfRangeException(nameof(epsg)),
    };

    /// <summary>PROJJSON as PROJ writes a 3-degree Gauss-Krüger zone (area and bbox left out), with or without its id.</summary>
    public static string ProjJson(int epsg, bool withId = true)
    {
        var (name, baseName, datum, a, inverseFlattening, centralMeridian) = epsg switch
        {
            4547 => ("CGCS2000 / 3-degree Gauss-Kruger CM 114E", "China Geodetic Coordinate System 2000", "China 2000", 6378137.0, 298.257222101, 114),
            4548 => ("CGCS2000 / 3-degree Gauss-Kruger CM 117E", "China Geodetic Coordinate System 2000", "China 2000", 6378137.0, 298.257222101, 117),
            2384 => ("Xian 1980 / 3-degree Gauss-Kruger CM 117E", "Xian 1980", "Xian 1980", 6378140.0, 298.257, 117),
            _ => throw new ArgumentOutOfRangeException(nameof(epsg)),
        };
        string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var id = withId ? $",\"id\":{{\"authority\":\"EPSG\",\"code\":{epsg}}}" : string.Empty;
        return $$$"""
            {"$schema":"https://proj.org/schemas/v0.7/projjson.schema.json","type":"ProjectedCRS","name":"{{{name}}}",
             "base_crs":{"name":"{{{baseName}}}","datum":{"type":"GeodeticReferenceFrame","name":"{{{datum}}}",
               "ellipsoid":{"name":"{{{datum}}}","semi_major_axis":{{{N(a)}}},"inverse_flattening":{{{N(inverseFlattening)}}}}},
               "coordinate_system":{"subtype":"ellipsoidal","axis":[{"name":"Geodetic latitude","abbreviation":"Lat","direction":"north","unit":"degree"},
                 {"name":"Geodetic longitude","abbreviation":"Lon","direction":"east","unit":"degree"}]}},
             "conversion":{"name":"3-degree Gauss-Kruger CM {{{centralMeridian}}}E","method":{"name":"Transverse Mercator","id":{"authority":"EPSG","code":9807}},
               "parameters":[
                 {"name":"Latitude of natural origin","value":0,"unit":"degree","id":{"authority":"EPSG","code":8801}},
                 {"name":"Longitude of natural origin","value":{{{centralMeridian}}},"unit":"degree","id":{"authority":"EPSG","code":8802}},
                 {"name":"Scale factor at natural origin","value":1,"unit":"unity","id":{"authority":"EPSG","code":8805}},
                 {"name":"False easting","value":500000,"unit":"metre","id":{"authority":"EPSG","code":8806}},
                 {"name":"False northing","value":0,"unit":"metre","id":{"authority":"EPSG","code":8807}}]},
             "coordinate_system":{"subtype":"Cartesian","axis":[{"name":"Northing","abbreviation":"X","direction":"north","unit":"metre"},
               {"name":"Easting","abbreviation":"Y","direction":"east","unit":"metre"}]}{{{id}}}}
            """;
    }

    /// <summary>GeoParquet 1.1 metadata for the geometry column; <paramref name="crsMember"/> is the crs member's JSON, or null to leave it out.</summary>
    public static string GeoMetadata(string? crsMember) =>
        "{\"version\":\"1.1.0\",\"primary_column\":\"geometry\",\"columns\":{\"geometry\":{\"encoding\":\"WKB\",\"geometry_types\":[\"Polygon\"]"
        + (crsMember is null ? string.Empty : $",\"crs\":{crsMember}") + "}}}";

    public static string WithCrsMember(string geoJson, string member) =>
        geoJson.Replace("{\"type\": \"FeatureCollection\",", $"{{\"type\": \"FeatureCollection\", \"crs\": {member},", StringComparison.Ordinal);

    /// <summary>Points the GeoPackage's feature table at srs <paramref name="srsId"/>, defined as given.</summary>
    public static void SetSrs(string path, long srsId, string organization, long code, string definition)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES ($name, $id, $organization, $code, $definition, NULL);" +
            "UPDATE gpkg_geometry_columns SET srs_id = $id; UPDATE gpkg_contents SET srs_id = $id WHERE data_type = 'features';";
        command.Parameters.AddWithValue("$name", $"srs {srsId}");
        command.Parameters.AddWithValue("$id", srsId);
        command.Parameters.AddWithValue("$organization", organization);
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$definition", definition);
        command.ExecuteNonQuery();
    }
}
