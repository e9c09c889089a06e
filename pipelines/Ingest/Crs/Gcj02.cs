namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The GCJ-02 obfuscation used by Chinese web maps, and its inverse. The forward formula is public; the
/// inverse has no closed form, so it is found by fixed-point iteration to about 1e-9 degrees.
/// Outside China GCJ-02 equals WGS84, as the web-map providers define it.
/// </summary>
public static class Gcj02
{
    private const double SemiMajorAxis = 6378245.0;
    private const double EccentricitySquared = 0.00669342162296594323;
    private const double ToleranceDegrees = 1e-9;
    private const int MaxIterations = 30;

    /// <summary>WGS84 lon/lat to GCJ-02 lon/lat.</summary>
    public static (double Lon, double Lat) FromWgs84(double lon, double lat)
    {
        if (IsOutsideChina(lon, lat))
        {
            return (lon, lat);
        }

        var (dLon, dLat) = Offset(lon, lat);
        return (lon + dLon, lat + dLat);
    }

    /// <summary>GCJ-02 lon/lat to WGS84 lon/lat.</summary>
    public static (double Lon, double Lat) ToWgs84(double lon, double lat)
    {
        if (IsOutsideChina(lon, lat))
        {
            return (lon, lat);
        }

        var (wgsLon, wgsLat) = (lon, lat);
        for (var i = 0; i < MaxIterations; i++)
        {
            var (gcjLon, gcjLat) = FromWgs84(wgsLon, wgsLat);
            var (errLon, errLat) = (gcjLon - lon, gcjLat - lat);
            wgsLon -= errLon;
            wgsLat -= errLat;
            if (Math.Abs(errLon) < ToleranceDegrees && Math.Abs(errLat) < ToleranceDegrees)
            {
                break;
            }
        }

        return (wgsLon, wgsLat);
    }

    private static bool IsOutsideChina(double lon, double lat) =>
        lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;

    private static (double DLon, double DLat) Offset(double lon, double lat)
    {
        var x = lon - 105.0;
        var y = lat - 35.0;
        var dLat = TransformLat(x, y);
        var dLon = TransformLon(x, y);
        var radLat = lat / 180.0 * Math.PI;
        var magic = 1 - EccentricitySquared * Math.Sin(radLat) * Math.Sin(radLat);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (SemiMajorAxis * (1 - EccentricitySquared) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (SemiMajorAxis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double TransformLat(double x, double y)
    {
        var ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        ret += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double TransformLon(double x, double y)
    {
        var ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        ret += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
