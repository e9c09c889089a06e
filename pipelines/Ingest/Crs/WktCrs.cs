using ProjNet.CoordinateSystems;
using ProjNet.IO.CoordinateSystems;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// Reads a CRS given as WKT1 (OGC 01-009, or the ESRI flavour of a .prj) with ProjNET's reader, and keeps its
/// meaning: lon/lat in degrees, or a Transverse Mercator (Gauss-Krüger) in metres, on WGS 84 or CGCS2000. Anything
/// else is refused with the reason. A WKT whose AUTHORITY is a registered EPSG code of the same meaning is that code.
/// </summary>
public static class WktCrs
{
    private const double DegreeInRadians = Math.PI / 180;

    private static readonly string[] Wkt2Keywords = ["PROJCRS", "GEOGCRS", "GEODCRS", "BOUNDCRS", "COMPOUNDCRS", "PROJECTEDCRS", "GEOGRAPHICCRS"];

    private static readonly HashSet<string> TransverseMercatorNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "transverse_mercator", "gauss_kruger", "transverse_mercator_complex",
    };

    /// <summary>True for text that is meant as WKT (rather than a name or a path).</summary>
    public static bool LooksLikeWkt(string text)
    {
        var start = text.TrimStart();
        var bracket = start.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 && start[..bracket].Trim().All(c => char.IsAsciiLetter(c) || c == '_');
    }

    public static (CrsDefinition? Crs, string? Problem) Parse(string wkt)
    {
        var keyword = wkt.TrimStart().Split('[', 2)[0].Trim();
        if (Wkt2Keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"the WKT is WKT2 ({keyword}[…]), which is not read: give WKT1 (PROJCS[…] or GEOGCS[…], as a .prj holds) or the EPSG code");
        }

        IInfo info;
        try
        {
            info = CoordinateSystemWktReader.Parse(wkt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"the WKT does not parse: {ex.Message.Split('\n', 2)[0].Trim()}");
        }

        var (crs, problem) = info switch
        {
            GeographicCoordinateSystem geographic => Geographic(geographic),
            ProjectedCoordinateSystem projected => Projected(projected),
            _ => (null, $"'{info.Name}' is a {info.GetType().Name}, not a lon/lat or projected CRS"),
        };
        return crs is null ? (null, problem) : (Named(crs, info), null);
    }

    private static (CrsDefinition? Crs, string? Problem) Geographic(GeographicCoordinateSystem geographic)
    {
        var problem = DatumProblem(geographic);
        return problem is null
            ? (new CrsDefinition(geographic.Name, "longitude/latitude on WGS 84 or CGCS2000", true, false, null), null)
            : (null, $"'{geographic.Name}': {problem}");
    }

    private static (CrsDefinition? Crs, string? Problem) Projected(ProjectedCoordinateSystem projected)
    {
        var problem = DatumProblem(projected.GeographicCoordinateSystem)
            ?? (TransverseMercatorNames.Contains(projected.Projection.ClassName.Replace(' ', '_').Replace('-', '_'))
                ? null
                : $"its projection is {projected.Projection.ClassName}, not Transverse Mercator (Gauss-Kruger, UTM)")
            ?? (Math.Abs(projected.LinearUnit.MetersPerUnit - 1) <= 1e-12 ? null : $"its unit is {projected.LinearUnit.Name}, not the metre");
        if (problem is not null)
        {
            return (null, $"'{projected.Name}': {problem}");
        }

        double? Parameter(string name) => projected.Projection.GetParameter(name)?.Value;
        if (Parameter("central_meridian") is not { } centralMeridian || Parameter("scale_factor") is not { } scale)
        {
            return (null, $"'{projected.Name}': its projection lacks central_meridian or scale_factor");
        }

        // Angles are in the unit of the geographic CRS, which DatumProblem has required to be the degree.
        var projection = new TransverseMercator(centralMeridian, scale, Parameter("false_easting") ?? 0, Parameter("false_northing") ?? 0, Parameter("latitude_of_origin") ?? 0);
        return (new CrsDefinition(projected.Name, projection.Describe(), false, false, projection), null);
    }

    private static string? DatumProblem(GeographicCoordinateSystem geographic)
    {
        var datum = geographic.HorizontalDatum;
        var ellipsoid = datum.Ellipsoid;
        return AcceptedDatum.Problem(datum.Name, ellipsoid.SemiMajorAxis * ellipsoid.AxisUnit.MetersPerUnit, ellipsoid.InverseFlattening)
            ?? (datum.Wgs84Parameters is { HasZeroValuesOnly: false } shift ? $"datum '{datum.Name}' is shifted from WGS 84 ({shift})" : null)
            ?? (geographic.PrimeMeridian.Longitude == 0 ? null : $"its prime meridian is {geographic.PrimeMeridian.Name}, not Greenwich")
            ?? (Math.Abs(geographic.AngularUnit.RadiansPerUnit - DegreeInRadians) <= 1e-15 ? null : $"its angular unit is {geographic.AngularUnit.Name}, not the degree");
    }

    // AUTHORITY["EPSG","4547"] on a WKT that means what EPSG:4547 means: call it by its code; else by the WKT's name,
    // saying which registered code it equals, if any.
    private static CrsDefinition Named(CrsDefinition crs, IInfo info)
    {
        if (string.Equals(info.Authority, "EPSG", StringComparison.OrdinalIgnoreCase) && info.AuthorityCode is > 0 and <= int.MaxValue
            && CrsRegistry.Epsg((int)info.AuthorityCode) is { } registered
            && registered.SameMeaning(crs))
        {
            return registered;
        }

        return CrsRegistry.SameAs(crs) is { } same ? crs with { Title = $"{crs.Title}; the same as {same.Name}" } : crs;
    }
}
