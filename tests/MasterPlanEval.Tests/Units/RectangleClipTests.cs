using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="RectangleClip"/>: the part of an area inside a rectangle, on shapes whose clipped areas follow by hand.
/// </summary>
public sealed class RectangleClipTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void A_square_cut_by_a_rectangle_over_its_edge_keeps_the_overlap()
    {
        // Square x 0–10, y 0–10; rectangle x 5–15, y 2–8: the overlap is 5 × 6.
        var clip = new RectangleClip(Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")).Clip(new Envelope(5, 15, 2, 8))!;

        Assert.Equal(30, clip.Area, 12);
        Assert.True(clip.IsValid);
        Assert.Equal(new Envelope(5, 10, 2, 8), clip.EnvelopeInternal);
    }

    [Fact]
    public void A_u_shape_cut_across_its_notch_falls_into_two_pieces()
    {
        // The U x 0–30, y 0–20 without the notch x 10–20, y 5–20; the band x 5–25, y 10–15 meets both arms:
        // x 5–10 and x 20–25, 5 × 5 each.
        var u = Wkt.Read("POLYGON ((0 0, 30 0, 30 20, 20 20, 20 5, 10 5, 10 20, 0 20, 0 0))");

        var clip = new RectangleClip(u).Clip(new Envelope(5, 25, 10, 15))!;

        Assert.Equal(2, clip.NumGeometries);
        Assert.Equal(50, clip.Area, 12);
        Assert.True(clip.IsValid);
    }

    [Fact]
    public void A_hole_inside_the_rectangle_stays_a_hole()
    {
        // Square x 0–100 with the hole x 40–60, y 40–60; the rectangle x 30–70, y 30–70 holds the hole: 40² − 20².
        var holed = Wkt.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 40 60, 60 60, 60 40, 40 40))");

        var clip = (Polygon)new RectangleClip(holed).Clip(new Envelope(30, 70, 30, 70))!;

        Assert.Equal(1_200, clip.Area, 12);
        Assert.Equal(1, clip.NumInteriorRings);
        Assert.True(clip.IsValid);
    }

    [Fact]
    public void A_rectangle_inside_the_area_comes_back_whole_and_one_outside_comes_back_empty()
    {
        var clip = new RectangleClip(Wkt.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"));

        Assert.Equal(200, clip.Clip(new Envelope(10, 30, 10, 20))!.Area, 12);
        Assert.True(clip.Clip(new Envelope(110, 130, 10, 20))!.IsEmpty);
    }

    [Fact]
    public void An_edge_crossing_the_rectangle_with_both_ends_outside_cuts_it()
    {
        // Triangle below x + y = 100; rectangle x 60–90, y 10–20: the hypotenuse runs from (90, 10) to (80, 20),
        // so the part inside is ∫ from y 10 to 20 of (100 − y − 60) dy = 400 − 150 = 250.
        var clip = new RectangleClip(Wkt.Read("POLYGON ((0 0, 100 0, 0 100, 0 0))")).Clip(new Envelope(60, 90, 10, 20))!;

        Assert.Equal(250, clip.Area, 9);
        Assert.True(clip.IsValid);
    }

    [Fact]
    public void A_vertex_on_a_side_of_the_rectangle_is_not_cut_but_one_on_the_side_line_beyond_it_is()
    {
        var square = new RectangleClip(Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));

        Assert.Null(square.Clip(new Envelope(5, 15, 0, 8))); // the corner (10, 0) lies on the bottom side
        Assert.Equal(30, square.Clip(new Envelope(5, 15, 2, 8))!.Area, 12); // x = 10 runs on, beyond the square: 5 × 6
    }

    [Fact]
    public void An_edge_ending_just_below_the_rectangle_cuts_it_or_the_cut_is_refused()
    {
        // Triangle (10 0, 40 0, 40 30): its hypotenuse y = x − 10 runs from (40, 30) down to (10, 0). The rectangle
        // x 0–20, y ε–20 meets it in the triangle x 10 + ε – 20, y ε – (x − 10): (10 − ε)² / 2. The hypotenuse
        // enters at the right side and leaves at the bottom just before its end (10, 0), which lies below by ε.
        var triangle = new RectangleClip(Wkt.Read("POLYGON ((10 0, 40 0, 40 30, 10 0))"));

        // ε = 10⁻⁶: the leaving point resolves, (10 − 10⁻⁶)² / 2 = 50 − 10⁻⁵ + 5 × 10⁻¹³.
        var resolved = triangle.Clip(new Envelope(0, 20, 1e-6, 20))!;
        Assert.Equal(50 - 1e-5 + 5e-13, resolved.Area, 9);
        Assert.True(resolved.IsValid);

        // ε = 10⁻²⁰: the end lies below the side by less than the hypotenuse's parameter resolves (it rounds to the
        // end itself), so the cut is refused — read as a miss, the triangle's part inside would be lost (area 0).
        Assert.Null(triangle.Clip(new Envelope(0, 20, 1e-20, 20)));
    }

    [Fact]
    public void An_edge_along_a_side_line_of_the_rectangle_is_not_cut()
    {
        // The square below y = 0 has its top edge, from (10, 0) to (0, 0), along the bottom side line of the
        // rectangle x 2–8, y 0–5, across it: they share a line and no area. Walked as a crossing, that edge made a
        // stretch along the side itself, which cannot be told inside from outside the box: the cut is refused.
        var square = new RectangleClip(Wkt.Read("POLYGON ((0 -10, 10 -10, 10 0, 0 0, 0 -10))"));

        Assert.Null(square.Clip(new Envelope(2, 8, 0, 5)));
    }

    [Fact]
    public void Near_an_envelope_whose_margin_covers_the_area_is_the_whole_area()
    {
        // Target x 1–9: the margin (a fifth of 8) reaches past every side of the 10 × 10 square.
        var square = Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

        Assert.Same(square, new RectangleClip(square).Near(new Envelope(1, 9, 1, 9)));
    }

    [Fact]
    public void Near_a_small_envelope_keeps_only_the_segments_around_it()
    {
        // A 400-gon of radius 1000 (edges about 15.7 long); around (1000, 0) ± 1 the edges within the margin
        // (a fifth of 2) are the two meeting at that vertex, so the cut is about 16 × 16 with a handful of vertices.
        var ring = Enumerable.Range(0, 401)
            .Select(i => new Coordinate(1000 * Math.Cos(2 * Math.PI * (i % 400) / 400), 1000 * Math.Sin(2 * Math.PI * (i % 400) / 400)))
            .ToArray();
        var circle = new GeometryFactory().CreatePolygon(ring);

        var near = new RectangleClip(circle).Near(new Envelope(999, 1001, -1, 1));

        Assert.True(near.NumPoints < 10, $"{near.NumPoints} vertices");
        Assert.True(near.IsValid);
        Assert.True(near.EnvelopeInternal.Width < 20 && near.EnvelopeInternal.Height < 40, near.EnvelopeInternal.ToString());
    }
}
