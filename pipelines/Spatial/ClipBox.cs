using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>The cutting rectangle: its sides, where a segment crosses them, and positions counter-clockwise along them from the lower-left corner.</summary>
internal sealed class ClipBox(Envelope e)
{
    private readonly double _w = e.Width;
    private readonly double _h = e.Height;

    public double MinX { get; } = e.MinX;

    public double MinY { get; } = e.MinY;

    private double MaxX { get; } = e.MaxX;

    private double MaxY { get; } = e.MaxY;

    public double Perimeter => 2 * (_w + _h);

    public bool Inside(double x, double y) => x > MinX && x < MaxX && y > MinY && y < MaxY;

    // Both ends beyond the same side: the segment cannot meet the box (most segments of a large area).
    public bool SameSideOutside(double x0, double y0, double x1, double y1) =>
        (x0 < MinX && x1 < MinX) || (x0 > MaxX && x1 > MaxX) || (y0 < MinY && y1 < MinY) || (y0 > MaxY && y1 > MaxY);

    public Envelope Extent { get; } = e;

    // On the box's boundary (inside the closed box, not strictly inside): the cut would be degenerate there.
    public bool OnBoundary(double x, double y) =>
        x >= MinX && x <= MaxX && y >= MinY && y <= MaxY && !Inside(x, y);

    // Liang–Barsky: the parameters where the segment enters and leaves the box, and the sides it crosses there
    // (an end inside neither enters nor leaves). A crossing point takes the side's coordinate exactly and the
    // other clamped to the side, so it lies on the box. Crossing null: the segment misses the box or only touches it.
    // False: too close to call — the segment runs along a side's line, or one end is inside but no crossing is
    // found, or the segment passes through the box but an end outside lies nearer a side than the segment's
    // parameter resolves (the parameter rounds to the end itself, so no side is found for it): taking that for a
    // miss would drop the stretch inside the box.
    public bool TryThrough(
        double x0, double y0, double x1, double y1, bool inside0, bool inside1,
        out ((Coordinate Point, double Position) Enter, (Coordinate Point, double Position) Leave)? crossing)
    {
        crossing = null;
        var (dx, dy) = (x1 - x0, y1 - y0);
        var (t0, t1) = (0.0, 1.0);
        var (enterSide, leaveSide) = (-1, -1);
        Span<(double P, double Q)> sides = [(-dy, y0 - MinY), (dx, MaxX - x0), (dy, MaxY - y0), (-dx, x0 - MinX)];
        for (var s = 0; s < 4; s++)
        {
            var (p, q) = sides[s];
            if (p == 0)
            {
                if (q < 0)
                {
                    return true;
                }

                if (q == 0)
                {
                    return false;
                }

                continue;
            }

            var r = q / p;
            if (p < 0 && r > t0)
            {
                (t0, enterSide) = (r, s);
            }
            else if (p > 0 && r < t1)
            {
                (t1, leaveSide) = (r, s);
            }
        }

        if (!(t0 < t1))
        {
            return !(inside0 || inside1);
        }

        if ((!inside0 && enterSide < 0) || (!inside1 && leaveSide < 0))
        {
            return false;
        }

        crossing = (inside0 ? default : On(enterSide, x0 + (t0 * dx), y0 + (t0 * dy)), inside1 ? default : On(leaveSide, x0 + (t1 * dx), y0 + (t1 * dy)));
        return true;
    }

    private (Coordinate, double) On(int side, double x, double y)
    {
        var (cx, cy) = (Math.Clamp(x, MinX, MaxX), Math.Clamp(y, MinY, MaxY));
        return side switch
        {
            0 => (new Coordinate(cx, MinY), cx - MinX),
            1 => (new Coordinate(MaxX, cy), _w + (cy - MinY)),
            2 => (new Coordinate(cx, MaxY), _w + _h + (MaxX - cx)),
            _ => (new Coordinate(MinX, cy), (2 * _w) + _h + (MaxY - cy)),
        };
    }

    /// <summary>The corners passed going counter-clockwise from one position to another.</summary>
    public IEnumerable<Coordinate> CornersBetween(double from, double to)
    {
        var corners = new (double Position, double X, double Y)[]
        {
            (_w, MaxX, MinY), (_w + _h, MaxX, MaxY), ((2 * _w) + _h, MinX, MaxY), (Perimeter, MinX, MinY),
        };
        var end = to > from ? to : to + Perimeter;
        for (var lap = 0; lap < 2; lap++)
        {
            foreach (var (position, x, y) in corners)
            {
                var p = position + (lap * Perimeter);
                if (p > from && p < end)
                {
                    yield return new Coordinate(x, y);
                }
            }
        }
    }

    public Coordinate[] Ring() =>
        [new(MinX, MinY), new(MaxX, MinY), new(MaxX, MaxY), new(MinX, MaxY), new(MinX, MinY)];
}
