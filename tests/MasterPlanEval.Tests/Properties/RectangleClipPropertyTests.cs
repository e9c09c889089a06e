using CsCheck;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// <see cref="RectangleClip"/> on random star-shaped areas (some with a star-shaped hole, some in two parts):
/// a cut is a valid polygon with the area OverlayNG gives for the same rectangle, and a small polygon overlaid
/// with the part near it gets exactly (bit for bit) the area it gets with the whole.
/// </summary>
public sealed class RectangleClipPropertyTests
{
    private static readonly GeometryFactory Factory = new();

    internal static Gen<Coordinate[]> Star(double cx, double cy, double rMin, double rMax) =>
        from n in Gen.Int[3, 60]
        from radii in Gen.Double[rMin, rMax].Array[n]
        from turn in Gen.Double[0, 1]
        select Enumerable.Range(0, n + 1)
            .Select(i => (Angle: 2 * Math.PI * (((i % n) + turn) / n), R: radii[i % n]))
            .Select(p => new Coordinate(cx + (p.R * Math.Cos(p.Angle)), cy + (p.R * Math.Sin(p.Angle))))
            .ToArray();

    internal static readonly Gen<Geometry> Areas =
        from shell in Star(0, 0, 40, 100)
        from hole in Star(0, 0, 5, 30)
        from island in Star(300, 0, 20, 90)
        from kind in Gen.Int[0, 2]
        let area = kind switch
        {
            0 => (Geometry)Factory.CreatePolygon(shell),
            1 => Factory.CreatePolygon(Factory.CreateLinearRing(shell), [Factory.CreateLinearRing(hole)]),
            _ => Factory.CreateMultiPolygon([Factory.CreatePolygon(shell), Factory.CreatePolygon(island)]),
        }
        where area.IsValid // the cut's contract: sub-districts and control-line unions are valid by the time they are cut
        select area;

    internal static readonly Gen<Envelope> Rectangles =
        from x in Gen.Double[-150, 450]
        from y in Gen.Double[-150, 150]
        from w in Gen.Double[0.5, 200]
        from h in Gen.Double[0.5, 200]
        select new Envelope(x, x + w, y, y + h);

    [Fact]
    public void A_cut_is_valid_and_has_the_area_of_the_overlay_with_the_rectangle()
    {
        Gen.Select(Areas, Rectangles).Sample((area, rectangle) =>
        {
            var clip = new RectangleClip(area).Clip(rectangle);
            if (clip is null)
            {
                return;
            }

            var expected = OverlayNG.Overlay(area, Factory.ToGeometry(rectangle), SpatialFunction.Intersection).Area;
            Assert.True(clip.IsValid, $"invalid cut of {area} by {rectangle}: {clip}");
            Assert.True(Math.Abs(clip.Area - expected) <= 1e-9 * Math.Max(1, expected), $"{area} by {rectangle}: {clip.Area} vs {expected}");
        });
    }

    [Fact]
    public void A_small_polygon_overlaid_with_the_part_near_it_gets_the_area_it_gets_with_the_whole()
    {
        var smalls = from rectangle in Rectangles
                     from star in Star(0, 0, 0.2, 1)
                     select Factory.CreatePolygon(star.Select(c => new Coordinate(
                         rectangle.Centre.X + (c.X * rectangle.Width / 2), rectangle.Centre.Y + (c.Y * rectangle.Height / 2))).ToArray());
        Gen.Select(Areas, smalls).Sample((area, small) =>
        {
            var whole = OverlayNG.Overlay(small, area, SpatialFunction.Intersection).Area;
            var near = OverlayNG.Overlay(small, new RectangleClip(area).Near(small.EnvelopeInternal), SpatialFunction.Intersection).Area;
            Assert.Equal(whole, near);
        });
    }
}
