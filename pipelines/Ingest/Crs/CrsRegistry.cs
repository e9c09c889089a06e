using System.Globalization;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// The CRSs known by name, their parameters computed from the EPSG definition of each series:
/// <list type="bullet">
/// <item>EPSG:4491–4501 CGCS2000 / Gauss-Kruger zone 13–23: 6° zones, central meridian 6·zone − 3, false easting zone·10⁶ + 500 km;</item>
/// <item>EPSG:4502–4512 CGCS2000 / Gauss-Kruger CM 75E–135E: the same zones, false easting 500 km;</item>
/// <item>EPSG:4513–4533 CGCS2000 / 3-degree Gauss-Kruger zone 25–45: central meridian 3·zone, false easting zone·10⁶ + 500 km;</item>
/// <item>EPSG:4534–4554 CGCS2000 / 3-degree Gauss-Kruger CM 75E–135E: the same zones, false easting 500 km;</item>
/// <item>EPSG:32601–32660 and 32701–32760 WGS 84 / UTM zone 1–60 N and S: central meridian 6·zone − 183, scale 0.9996,
/// false easting 500 km, false northing 0 (north) or 10 000 km (south);</item>
/// </list>
/// all with scale 1 (UTM aside) and latitude of origin 0; EPSG:4326 and OGC:CRS84 (WGS 84 lon/lat), EPSG:4490
/// (CGCS2000 lon/lat) and GCJ-02. EPSG defines no WGS 84 Gauss-Krüger zones: UTM is WGS 84's series (a WGS 84
/// Gauss-Krüger zone can be given as WKT). Coordinates are always easting (or longitude) first, as files store them,
/// whatever axis order EPSG lists. Names are matched ignoring case; OGC URNs (urn:ogc:def:crs:EPSG::4547) are accepted.
/// </summary>
public static class CrsRegistry
{
    /// <summary>What may be named, for messages that refuse a name.</summary>
    public const string Accepted =
        "EPSG:4326, EPSG:4490, GCJ-02, EPSG:4491–4554 (CGCS2000 Gauss-Kruger 6° and 3° zones), EPSG:32601–32660 and EPSG:32701–32760 " +
        "(WGS 84 UTM zones), or a WKT text or .prj file of Transverse Mercator or lon/lat on WGS 84 or CGCS2000; Xian 1980 and Beijing 1954 " +
        "zones are not accepted (they need a datum shift to CGCS2000): reproject such files to CGCS2000 first";

    /// <summary>What a working CRS may be: a projection in metres.</summary>
    public const string AcceptedProjected =
        "EPSG:4491–4554 (CGCS2000 Gauss-Kruger), EPSG:32601–32660 or EPSG:32701–32760 (WGS 84 UTM), or a WKT text or .prj file of a " +
        "Transverse Mercator on WGS 84 or CGCS2000";

    private const string Gcj02Name = "GCJ-02";
    private const double ThreeDegreeHalfWidth = 1.5;
    private const double SixDegreeHalfWidth = 3;

    private static readonly string[] EpsgPrefixes = ["EPSG:", "urn:ogc:def:crs:EPSG::", "urn:ogc:def:crs:EPSG:"];

    private static readonly string[] Crs84Names = ["OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "CRS84"];

    public static CrsDefinition Crs84 { get; } = Geographic("OGC:CRS84", "WGS 84 longitude/latitude");

    public static bool TryGet(string name, out CrsDefinition definition)
    {
        var found = Find(name.Trim());
        definition = found!;
        return found is not null;
    }

    /// <summary>The registered CRS with this EPSG code, or null.</summary>
    public static CrsDefinition? Epsg(int code) => code switch
    {
        4326 => Geographic("EPSG:4326", "WGS 84 longitude/latitude"),
        4490 => Geographic("EPSG:4490", "CGCS2000 longitude/latitude"),
        >= 4491 and <= 4501 => Zone(code, $"CGCS2000 / Gauss-Kruger zone {code - 4478}", (6 * (code - 4478)) - 3, 1, ZonedEasting(code - 4478), 0, SixDegreeHalfWidth),
        >= 4502 and <= 4512 => Zone(code, $"CGCS2000 / Gauss-Kruger CM {75 + (6 * (code - 4502))}E", 75 + (6 * (code - 4502)), 1, 500_000, 0, SixDegreeHalfWidth),
        >= 4513 and <= 4533 => Zone(code, $"CGCS2000 / 3-degree Gauss-Kruger zone {code - 4488}", 3 * (code - 4488), 1, ZonedEasting(code - 4488), 0, ThreeDegreeHalfWidth),
        >= 4534 and <= 4554 => Zone(code, $"CGCS2000 / 3-degree Gauss-Kruger CM {75 + (3 * (code - 4534))}E", 75 + (3 * (code - 4534)), 1, 500_000, 0, ThreeDegreeHalfWidth),
        >= 32601 and <= 32660 => Zone(code, $"WGS 84 / UTM zone {code - 32600}N", (6 * (code - 32600)) - 183, 0.9996, 500_000, 0, SixDegreeHalfWidth),
        >= 32701 and <= 32760 => Zone(code, $"WGS 84 / UTM zone {code - 32700}S", (6 * (code - 32700)) - 183, 0.9996, 500_000, 10_000_000, SixDegreeHalfWidth),
        _ => null,
    };

    /// <summary>Every registered EPSG code, for finding one that means the same as a WKT.</summary>
    public static IReadOnlyList<int> EpsgCodes { get; } =
        [4326, 4490, .. Enumerable.Range(4491, 4554 - 4491 + 1), .. Enumerable.Range(32601, 60), .. Enumerable.Range(32701, 60)];

    /// <summary>The registered code with the same meaning, preferring the 3-degree CM series Chinese surveys use most; or null.</summary>
    public static CrsDefinition? SameAs(CrsDefinition definition) =>
        EpsgCodes.OrderBy(c => c is >= 4534 and <= 4554 ? 0 : 1).Select(c => Epsg(c)!).FirstOrDefault(definition.SameMeaning);

    private static CrsDefinition? Find(string name) =>
        name.Equals(Gcj02Name, StringComparison.OrdinalIgnoreCase) ? new CrsDefinition(Gcj02Name, "Chinese web-map lon/lat", true, true, null, Registered: true)
        : Crs84Names.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase)) ? Crs84
        : EpsgCode(name) is { } code ? Epsg(code)
        : null;

    // The code of "EPSG:4547" or of an OGC URN, with or without a version ("urn:ogc:def:crs:EPSG:9.8.15:4547").
    private static int? EpsgCode(string name)
    {
        var prefix = EpsgPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null)
        {
            return null;
        }

        var rest = name[prefix.Length..];
        var digits = prefix == EpsgPrefixes[0] ? rest : rest[(rest.LastIndexOf(':') + 1)..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Epsg(code) is not null ? code : null;
    }

    private static double ZonedEasting(int zone) => (zone * 1_000_000.0) + 500_000;

    private static CrsDefinition Geographic(string name, string title) => new(name, title, true, false, null, Registered: true);

    private static CrsDefinition Zone(int code, string title, double centralMeridian, double scale, double falseEasting, double falseNorthing, double halfWidth) =>
        new($"EPSG:{code}", title, false, false, new TransverseMercator(centralMeridian, scale, falseEasting, falseNorthing), halfWidth, Registered: true);
}
