namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The CRS names an evaluation config may use. CGCS2000 is treated as WGS84 (they differ by centimetres
/// in Beijing), so both projections are defined on the WGS84 datum; that keeps every transformation a
/// pure projection step without datum shifts ProjNET would need parameters for.
/// </summary>
public static class CrsRegistry
{
    private const string Wgs84GeogCs =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    private static readonly IReadOnlyDictionary<string, CrsDefinition> Known = new Dictionary<string, CrsDefinition>(StringComparer.OrdinalIgnoreCase)
    {
        ["EPSG:4326"] = new("EPSG:4326", true, false, null),
        ["EPSG:4490"] = new("EPSG:4490", true, false, null),
        ["GCJ-02"] = new("GCJ-02", true, true, null),
        ["EPSG:4548"] = new("EPSG:4548", false, false, TransverseMercator("CGCS2000 / 3-degree Gauss-Kruger CM 117E", 117, 1, 500000)),
        ["EPSG:32650"] = new("EPSG:32650", false, false, TransverseMercator("WGS 84 / UTM zone 50N", 117, 0.9996, 500000)),
    };

    public static IReadOnlyCollection<string> Names => Known.Values.Select(v => v.Name).ToList();

    public static bool TryGet(string name, out CrsDefinition definition) => Known.TryGetValue(name, out definition!);

    private static string TransverseMercator(string name, double centralMeridian, double scale, double falseEasting) =>
        $"PROJCS[\"{name}\",{Wgs84GeogCs},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
        $"PARAMETER[\"central_meridian\",{centralMeridian}],PARAMETER[\"scale_factor\",{scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}]," +
        $"PARAMETER[\"false_easting\",{falseEasting}],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";
}
