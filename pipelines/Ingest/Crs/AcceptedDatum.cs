namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The datums the tool accepts: WGS84 and CGCS2000, treated as one. Their ellipsoids share the semi-major axis and
/// differ in flattening by 1.6e-11 (0.1 mm in projected coordinates), and their frames differ by centimetres, so
/// every transformation stays a pure projection step. Datums that need a shift to reach them (Xian 1980, Beijing
/// 1954, New Beijing: other ellipsoids and origins, whose published shifts are good to metres only and whose exact
/// ones are local survey parameters) are refused.
/// </summary>
public static class AcceptedDatum
{
    public const double SemiMajorAxis = 6378137.0;
    public const double Wgs84InverseFlattening = 298.257223563;
    public const double Cgcs2000InverseFlattening = 298.257222101;

    private const double MetreTolerance = 1e-3;
    private const double FlatteningTolerance = 1e-6;

    /// <summary>Null when the ellipsoid (semi-major axis in metres, inverse flattening) is WGS84's or CGCS2000's; else why not.</summary>
    public static string? Problem(string datumName, double semiMajorAxis, double inverseFlattening) =>
        Math.Abs(semiMajorAxis - SemiMajorAxis) <= MetreTolerance
        && (Math.Abs(inverseFlattening - Wgs84InverseFlattening) <= FlatteningTolerance || Math.Abs(inverseFlattening - Cgcs2000InverseFlattening) <= FlatteningTolerance)
            ? null
            : $"datum '{datumName}' (ellipsoid {semiMajorAxis.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} m, 1/f {inverseFlattening.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}) is not WGS 84 or CGCS2000";

    public static string GeographicWkt(string name) =>
        $"GEOGCS[\"{WktName(name)}\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    // WKT1 quotes names with double quotes and has no escape for them.
    public static string WktName(string name) => name.Replace('"', '\'');
}
