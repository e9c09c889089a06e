using System.Globalization;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The one projection the tool computes with: Transverse Mercator (Gauss-Krüger and UTM are this projection with
/// their own parameters), always on the WGS84 ellipsoid (see <see cref="AcceptedDatum"/>). Angles are degrees,
/// distances metres. Two projections mean the same when every parameter agrees to far below a millimetre.
/// </summary>
public sealed record TransverseMercator(double CentralMeridian, double ScaleFactor, double FalseEasting, double FalseNorthing, double LatitudeOfOrigin = 0)
{
    private const double AngleTolerance = 1e-9;
    private const double ScaleTolerance = 1e-10;
    private const double MetreTolerance = 1e-4;

    public bool SameAs(TransverseMercator other) =>
        Math.Abs(CentralMeridian - other.CentralMeridian) <= AngleTolerance
        && Math.Abs(LatitudeOfOrigin - other.LatitudeOfOrigin) <= AngleTolerance
        && Math.Abs(ScaleFactor - other.ScaleFactor) <= ScaleTolerance
        && Math.Abs(FalseEasting - other.FalseEasting) <= MetreTolerance
        && Math.Abs(FalseNorthing - other.FalseNorthing) <= MetreTolerance;

    /// <summary>WKT1 for ProjNET, whatever WKT or code the projection came from.</summary>
    public string Wkt(string name) =>
        $"PROJCS[\"{AcceptedDatum.WktName(name)}\",{AcceptedDatum.GeographicWkt("WGS 84")},PROJECTION[\"Transverse_Mercator\"]," +
        $"PARAMETER[\"latitude_of_origin\",{N(LatitudeOfOrigin)}],PARAMETER[\"central_meridian\",{N(CentralMeridian)}]," +
        $"PARAMETER[\"scale_factor\",{N(ScaleFactor)}],PARAMETER[\"false_easting\",{N(FalseEasting)}]," +
        $"PARAMETER[\"false_northing\",{N(FalseNorthing)}],UNIT[\"metre\",1]]";

    public string Describe() =>
        $"Transverse Mercator, central meridian {Degrees(CentralMeridian)}, scale {N(ScaleFactor)}, false easting {N(FalseEasting)} m, false northing {N(FalseNorthing)} m" +
        (LatitudeOfOrigin == 0 ? string.Empty : $", latitude of origin {N(LatitudeOfOrigin)}°");

    /// <summary>114°E, 75.5°W: how the tool names a meridian in messages.</summary>
    public static string Degrees(double longitude) =>
        $"{N(Math.Abs(longitude))}°{(longitude < 0 ? "W" : "E")}";

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
