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
    /// <summary>
    /// The intersection of a small polygon with a large area, overlaid with the part of the area near it; the
    /// rare fallback takes the whole area, as <see cref="Intersection(Geometry, Geometry)"/> would.
    /// </summary>
    public static Geometry Intersection(Geometry small, RectangleClip large)
    {
        try
        {
            return OverlayNG.Overlay(small, large.Near(small.EnvelopeInternal), SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            return OverlayNGRobust.Overlay(small, large.Area, SpatialFunction.Intersection);
        }
    }

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
