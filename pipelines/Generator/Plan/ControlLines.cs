using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Randomness;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace MasterPlanEval.Generator.Plan;

/// <summary>
/// The control lines: an urban development boundary around the core and each sub-centre, traced along
/// rays to where the urban form stops being built-up (urbanity below <see cref="BoundaryUrbanity"/>) and
/// unioned; and ecological red-line patches (irregular star shapes) in the north-west hills, kept out of
/// the boundary. Overlays run snap-rounded to the millimetre, which returns valid polygons; slivers under
/// a hectare are dropped. The ecological control area is everything outside the development boundary, as in
/// Beijing's plan, where the two together cover the city.
/// </summary>
internal static class ControlLines
{
    private const double MinArea = 10_000;

    private const double BoundaryUrbanity = 0.3;

    private const int Rays = 120;

    public static IReadOnlyList<ControlLine> Build(CityFrame frame, UrbanForm form, int seed, GeometryFactory factory)
    {
        var rng = new Rng(SeedHash.Of(seed, RandomStream.ControlLines));
        var square = frame.Square(factory);
        var pm = factory.PrecisionModel;
        var outlines = new List<NetTopologySuite.Geometries.Geometry> { Traced(form, frame.MidX, frame.MidY, 0.7 * frame.Half, frame, factory) };
        outlines.AddRange(form.SubCentres.Select(c => Traced(form, c.X, c.Y, 0.25 * frame.Half, frame, factory)));
        var boundary = OverlayNG.Overlay(OverlayNGRobust.Union(outlines), square, SpatialFunction.Intersection, pm);

        var patches = new List<NetTopologySuite.Geometries.Geometry>();
        var wanted = Math.Max(1, (int)Math.Round(frame.Side * frame.Side / 1e6 / 500));
        for (var attempt = 0; attempt < 200 * wanted && patches.Count < wanted; attempt++)
        {
            var (x, y) = (rng.Range(frame.MinX, frame.MaxX), rng.Range(frame.MinY, frame.MaxY));
            if (form.Hill(x, y) > 0.7)
            {
                patches.Add(Star(x, y, rng.Range(0.05, 0.15) * frame.Half, rng, factory));
            }
        }

        var lines = new List<ControlLine>();
        lines.AddRange(Parts(boundary).Select((p, i) => new ControlLine($"UDB{i + 1:D3}", "urban_development_boundary", p)));
        if (patches.Count > 0)
        {
            var redline = OverlayNG.Overlay(OverlayNGRobust.Union(patches), square, SpatialFunction.Intersection, pm);
            redline = OverlayNG.Overlay(redline, boundary, SpatialFunction.Difference, pm);
            lines.AddRange(Parts(redline).Select((p, i) => new ControlLine($"ECO{i + 1:D3}", "eco_redline", p)));
        }

        var control = OverlayNG.Overlay(square, boundary, SpatialFunction.Difference, pm);
        lines.AddRange(Parts(control).Select((p, i) => new ControlLine($"ECA{i + 1:D3}", "eco_control_area", p)));
        return lines;
    }

    private static IEnumerable<Polygon> Parts(NetTopologySuite.Geometries.Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => p.IsValid && p.Area >= MinArea)
            .OrderBy(p => p.EnvelopeInternal.MinX)
            .ThenBy(p => p.EnvelopeInternal.MinY);

    // Star-shaped around the centre (one vertex per ray), so the outline is always simple.
    private static Polygon Traced(UrbanForm form, double cx, double cy, double maxRadius, CityFrame frame, GeometryFactory factory)
    {
        var step = frame.Half / 200;
        var ring = new Coordinate[Rays + 1];
        for (var i = 0; i < Rays; i++)
        {
            var (cos, sin) = (Math.Cos(2 * Math.PI * i / Rays), Math.Sin(2 * Math.PI * i / Rays));
            var r = step;
            while (r < maxRadius && form.Urbanity(cx + (r * cos), cy + (r * sin)) >= BoundaryUrbanity)
            {
                r += step;
            }

            ring[i] = new Coordinate(CityFrame.Mm(cx + (r * cos)), CityFrame.Mm(cy + (r * sin)));
        }

        ring[Rays] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }

    // r(θ) = R·(1 + Σ a_k sin(kθ + φ_k)) with Σ|a_k| < 1 stays positive, so the outline is simple.
    private static Polygon Star(double cx, double cy, double radius, Rng rng, GeometryFactory factory)
    {
        const int Vertices = 96;
        var amplitude = new double[5];
        var phase = new double[5];
        for (var k = 0; k < amplitude.Length; k++)
        {
            amplitude[k] = rng.Range(0, 0.3) / (k + 1);
            phase[k] = rng.Range(0, 2 * Math.PI);
        }

        var ring = new Coordinate[Vertices + 1];
        for (var i = 0; i < Vertices; i++)
        {
            var theta = 2 * Math.PI * i / Vertices;
            var r = 1.0;
            for (var k = 0; k < amplitude.Length; k++)
            {
                r += amplitude[k] * Math.Sin(((k + 2) * theta) + phase[k]);
            }

            ring[i] = new Coordinate(CityFrame.Mm(cx + (radius * r * Math.Cos(theta))), CityFrame.Mm(cy + (radius * r * Math.Sin(theta))));
        }

        ring[Vertices] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }
}
