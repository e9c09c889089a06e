using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// Whether the working CRS suits the city. Areas and distances are measured in it, and a Transverse Mercator
/// stretches them by its scale k ≈ k₀(1 + (Δλ·cos φ)²/2) away from its central meridian: a config copied from another
/// city (or the default EPSG:4548 for a city far from 117°E) measures areas wrong without a word. The centre of the
/// planning units must therefore lie within the zone the CRS is made for (1.5° either side of the central meridian
/// for a 3-degree zone, 3° for a 6-degree zone or UTM, 3° for a WKT, which says nothing of its zone) plus
/// <see cref="MarginDegrees"/> for a city that straddles a zone edge.
/// </summary>
public static class WorkingCrsFit
{
    public const double MarginDegrees = 1;

    private const double UnknownZoneHalfWidth = 3;

    /// <summary>Null when <paramref name="working"/> fits a city centred at (x, y) in it; else the one-line reason, naming a CRS that fits.</summary>
    public static string? Problem(CrsDefinition working, double x, double y)
    {
        var projection = working.Projection ?? throw new ArgumentException("the working CRS must be projected", nameof(working));
        var (lon, lat) = Unproject(working, x, y);
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lat) > 90)
        {
            return $"the planning units' centre ({x:0}, {y:0}) is no place on Earth in working_crs {working.Description}: is working_crs right, or the crs of planning_units?";
        }

        var offset = Math.IEEERemainder(lon - projection.CentralMeridian, 360);
        var halfWidth = working.ZoneHalfWidth ?? UnknownZoneHalfWidth;
        if (Math.Abs(offset) <= halfWidth + MarginDegrees)
        {
            return null;
        }

        var spread = offset * Math.PI / 180 * Math.Cos(lat * Math.PI / 180);
        var scale = projection.ScaleFactor * (1 + (spread * spread / 2));
        var areaError = (scale * scale) - 1;
        var fit = Fitting(lon, lat);
        return $"working_crs {working.Description} is made for {TransverseMercator.Degrees(projection.CentralMeridian - halfWidth)}–{TransverseMercator.Degrees(projection.CentralMeridian + halfWidth)}, "
            + $"but the planning units' centre lies at {TransverseMercator.Degrees(Math.Round(lon, 2))}, {Math.Abs(lat):0.00}°{(lat < 0 ? "S" : "N")}, {Math.Abs(offset):0.0}° from its central meridian, "
            + $"where areas come out {Math.Abs(areaError) * 100:0.0#} % too {(areaError > 0 ? "large" : "small")}: use {fit.Description}, which fits them (or is the crs of planning_units wrong?)";
    }

    /// <summary>
    /// The registered zone for a place: the CGCS2000 3-degree zone (EPSG:4534–4554, false easting 500 km) within
    /// China's longitudes and latitudes, the WGS 84 UTM zone elsewhere.
    /// </summary>
    public static CrsDefinition Fitting(double lon, double lat)
    {
        var centralMeridian = 3 * (int)Math.Round(lon / 3, MidpointRounding.AwayFromZero);
        if (centralMeridian is >= 75 and <= 135 && lat is >= 3 and <= 54)
        {
            return CrsRegistry.Epsg(4534 + ((centralMeridian - 75) / 3))!;
        }

        var zone = Math.Clamp((int)Math.Floor((lon + 180) / 6) + 1, 1, 60);
        return CrsRegistry.Epsg((lat >= 0 ? 32600 : 32700) + zone)!;
    }

    private static (double Lon, double Lat) Unproject(CrsDefinition working, double x, double y)
    {
        var system = new CoordinateSystemFactory().CreateFromWkt(working.ProjectedWkt);
        var inverse = new CoordinateTransformationFactory().CreateFromCoordinateSystems(system, GeographicCoordinateSystem.WGS84).MathTransform;
        return inverse.Transform(x, y);
    }
}
