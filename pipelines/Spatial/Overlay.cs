using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace MasterPlanEval.Spatial;

/// <summary>Polygon overlay with OverlayNG, keeping only the areal part of the result.</summary>
internal static class Overlay
{
    public static Geometry Intersection(Geometry a, Geometry b) =>
        OverlayNGRobust.Overlay(a, b, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
}
