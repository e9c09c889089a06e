using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Geo;

/// <summary>
/// Converts metric geometry (EPSG:4548) to the lon/lat CRS of an output file, rounded to 7 decimals (about
/// 1 cm), so the geometry in memory is exactly what the file says. GCJ-02 uses the pipeline's
/// <see cref="MasterPlanEval.Ingest.Crs.Gcj02.FromWgs84"/>; shared vertices map to identical numbers, so shared edges stay shared.
/// </summary>
public sealed class OutputCrs(Gk117Projection projection)
{
    public const int LonLatDecimals = 7;

    public (double Lon, double Lat) Wgs84(Coordinate metres)
    {
        var (lon, lat) = projection.ToLonLat(metres.X, metres.Y);
        return (Math.Round(lon, LonLatDecimals), Math.Round(lat, LonLatDecimals));
    }

    public (double Lon, double Lat) Gcj02FromWgs84(double lon, double lat)
    {
        var (gLon, gLat) = MasterPlanEval.Ingest.Crs.Gcj02.FromWgs84(lon, lat);
        return (Math.Round(gLon, LonLatDecimals), Math.Round(gLat, LonLatDecimals));
    }

    public Geometry Wgs84(Geometry metres) => Map(metres, c =>
    {
        var (lon, lat) = projection.ToLonLat(c.X, c.Y);
        return (Math.Round(lon, LonLatDecimals), Math.Round(lat, LonLatDecimals));
    });

    public Geometry Gcj02(Geometry metres) => Map(metres, c =>
    {
        var (lon, lat) = projection.ToLonLat(c.X, c.Y);
        return Gcj02FromWgs84(lon, lat);
    });

    private static Geometry Map(Geometry geometry, Func<Coordinate, (double X, double Y)> map)
    {
        var copy = geometry.Copy();
        copy.Apply(new MapFilter(map));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class MapFilter(Func<Coordinate, (double X, double Y)> map) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = map(seq.GetCoordinate(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
