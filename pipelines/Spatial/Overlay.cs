using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Polygon intersection with OverlayNG. The plain floating-point overlay is tried first because it is
/// several times faster; the rare topology failure falls back to the robust (snapping) overlay.
/// </summary>
internal static class Overlay
{
    public static Geometry Intersection(Geometry a, Geometry b)
    {
        try
        {
            return OverlayNG.Overlay(a, b, SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            return OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection);
        }
    }
}
