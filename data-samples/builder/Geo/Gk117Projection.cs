using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace MasterPlanEval.SampleBuilder.Geo;

/// <summary>
/// EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E) with ProjNET's Transverse Mercator on the CGCS2000
/// ellipsoid (GRS80-equivalent). WGS84 lon/lat are taken as CGCS2000 lon/lat: in Beijing the two differ by
/// centimetres, so no datum shift is applied (the pipeline makes the same choice).
/// </summary>
public sealed class Gk117Projection
{
    private const string Cgcs2000Geographic =
        "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]]," +
        "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    private const string Epsg4548 =
        "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 117E\"," + Cgcs2000Geographic + ",PROJECTION[\"Transverse_Mercator\"]," +
        "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",1]," +
        "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";

    private readonly MathTransform _toMetres;
    private readonly MathTransform _toLonLat;

    public Gk117Projection(GeometryFactory factory)
    {
        Factory = factory;
        var systems = new CoordinateSystemFactory();
        var geographic = systems.CreateFromWkt(Cgcs2000Geographic);
        var projected = systems.CreateFromWkt(Epsg4548);
        var transforms = new CoordinateTransformationFactory();
        _toMetres = transforms.CreateFromCoordinateSystems(geographic, projected).MathTransform;
        _toLonLat = transforms.CreateFromCoordinateSystems(projected, geographic).MathTransform;
    }

    /// <summary>The factory of every metric geometry of the sample (no global NTS services).</summary>
    public GeometryFactory Factory { get; }

    public Coordinate ToMetres(double lon, double lat)
    {
        var (x, y) = _toMetres.Transform(lon, lat);
        return new Coordinate(x, y);
    }

    public (double Lon, double Lat) ToLonLat(double x, double y) => _toLonLat.Transform(x, y);

    public Polygon PolygonFromLonLat(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var coordinates = ring.Select(p => ToMetres(p.Lon, p.Lat)).ToList();
        coordinates.Add(coordinates[0].Copy());
        return Factory.CreatePolygon(coordinates.ToArray());
    }

    public Polygon BoxFromLonLat(double west, double south, double east, double north) =>
        PolygonFromLonLat([(west, south), (east, south), (east, north), (west, north)]);
}
