using System.Globalization;
using MasterPlanEval.Ingest.Crs;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Geo;

/// <summary>
/// Reads the written coordinates back the way the pipeline will (its own CRS code: GCJ-02 and WGS84 to
/// EPSG:4548) and checks that nothing changed that matters: every sub-district stays valid with its area,
/// the sub-districts still tile without gaps or overlaps, every grid cell lands in the same sub-district.
/// </summary>
public static class PipelineRoundTrip
{
    public static string Check(SampleData data, OutputCrs crs)
    {
        var fromGcj = Transformer("GCJ-02");
        var fromWgs = Transformer("EPSG:4326");
        var units = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        var worstAreaChange = 0.0;
        foreach (var unit in data.City.Subdistricts)
        {
            var back = fromGcj.Transform(crs.Gcj02(unit.Shape));
            if (!back.IsValid)
            {
                throw new InvalidDataException($"sub-district {unit.Code} is invalid after the GCJ-02 round trip");
            }

            worstAreaChange = Math.Max(worstAreaChange, Math.Abs(back.Area - unit.Shape.Area) / unit.Shape.Area);
            units[unit.Code] = back;
        }

        var union = units.Values.Aggregate((a, b) => a.Union(b));
        var overlapOrGap = Math.Abs(units.Values.Sum(u => u.Area) - union.Area);
        if (worstAreaChange > 1e-5 || overlapOrGap > 1 || union is not Polygon { NumInteriorRings: 0 })
        {
            throw new InvalidDataException($"round trip: area change {worstAreaChange:E1}, overlap/gap {overlapOrGap:F2} m², union {union.GeometryType}");
        }

        var locators = units.ToDictionary(u => u.Key, u => new IndexedPointInAreaLocator(u.Value), StringComparer.Ordinal);
        var moved = 0;
        foreach (var cell in data.Grid.Cells)
        {
            var (lon, lat) = crs.Wgs84(cell.Centre);
            var (x, y) = fromWgs.Transform(lon, lat);
            var point = new Coordinate(x, y);
            var found = locators.FirstOrDefault(l => l.Value.Locate(point) == Location.Interior).Key;
            moved += found == cell.SubdistrictCode ? 0 : 1;
        }

        return moved > 0
            ? throw new InvalidDataException($"round trip: {moved} grid cells change sub-district")
            : string.Create(CultureInfo.InvariantCulture, $"largest relative area change {worstAreaChange:0.0E0}, gaps and overlaps {overlapOrGap:F3} m², all {data.Grid.Cells.Count:N0} grid cells stay in their sub-district");
    }

    private static CoordinateTransformer Transformer(string from)
    {
        CrsRegistry.TryGet(from, out var source);
        CrsRegistry.TryGet("EPSG:4548", out var working);
        return new CoordinateTransformer(source, working);
    }
}
