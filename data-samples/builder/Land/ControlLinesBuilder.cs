using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>
/// Illustrative control lines (synthetic, not the plan's real lines). The ecological red line rings the
/// Beihai–Shichahai lakes, overlapping park, hutong and lake parcels; the urban development boundary is the
/// city grown by 250 m, less the Temple of Heaven (a hole) and the Longtan Park area (a notch on the edge).
/// </summary>
public static class ControlLinesBuilder
{
    private static readonly IReadOnlyList<(double Lon, double Lat)> EcoRedline =
    [
        (116.3770, 39.9215), (116.3910, 39.9215), (116.3925, 39.9330), (116.3965, 39.9400),
        (116.3950, 39.9450), (116.3840, 39.9480), (116.3740, 39.9440), (116.3775, 39.9340),
    ];

    public static IReadOnlyList<ControlLine> Build(SampleCity city, Landmarks landmarks, Gk117Projection projection)
    {
        var precision = new PrecisionModel(100);
        var eco = GeometryPrecisionReducer.Reduce(projection.PolygonFromLonLat(EcoRedline), precision);
        var grown = city.Outline.Buffer(250, new BufferParameters { QuadrantSegments = 2, JoinStyle = JoinStyle.Mitre });
        var excluded = landmarks.Get("temple_of_heaven").Area.Union(projection.BoxFromLonLat(116.4280, 39.8735, 116.4600, 39.8820));
        var udb = GeometryPrecisionReducer.Reduce(DouglasPeuckerSimplifier.Simplify(grown.Difference(excluded), 10), precision);
        return
        [
            new ControlLine("ECO-01", "eco_redline", "北海—什刹海生态保护红线（示意）", "Beihai–Shichahai ecological red line (illustrative)", eco),
            new ControlLine("UDB-01", "urban_development_boundary", "城镇开发边界（示意）", "Urban development boundary (illustrative)", udb),
        ];
    }
}
