using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// One ring as flat arrays, the area on its left: shells counter-clockwise, holes clockwise. Runs of
/// <see cref="ChunkSize"/> segments carry their envelope, so a cut skips the runs far from it in one test.
/// </summary>
internal sealed class ClipRing
{
    private const int ChunkSize = 16;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly Coordinate[] _coordinates;
    private readonly Envelope[] _chunks;

    private ClipRing(Coordinate[] coordinates, bool hole)
    {
        _coordinates = coordinates;
        _x = coordinates.Select(c => c.X).ToArray();
        _y = coordinates.Select(c => c.Y).ToArray();
        IsHole = hole;
        var segments = coordinates.Length - 1;
        _chunks = Enumerable.Range(0, (segments + ChunkSize - 1) / ChunkSize)
            .Select(k => Envelope(k * ChunkSize, Math.Min(segments, (k + 1) * ChunkSize)))
            .ToArray();
    }

    public bool IsHole { get; }

    public static ClipRing Of(LineString ring, bool hole)
    {
        var coordinates = ring.Coordinates;
        if (Orientation.IsCCW(coordinates) == hole)
        {
            coordinates = coordinates.Reverse().ToArray();
        }

        return new ClipRing(coordinates, hole);
    }

    public void ExpandToSegmentsMeeting(Envelope keep, Envelope cut)
    {
        var (minX, maxX, minY, maxY) = (keep.MinX, keep.MaxX, keep.MinY, keep.MaxY);
        for (var k = 0; k < _chunks.Length; k++)
        {
            if (!_chunks[k].Intersects(keep))
            {
                continue;
            }

            for (var i = (k * ChunkSize) + 1; i <= Math.Min(_x.Length - 1, (k + 1) * ChunkSize); i++)
            {
                var (x0, y0, x1, y1) = (_x[i - 1], _y[i - 1], _x[i], _y[i]);
                if (Math.Max(x0, x1) >= minX && Math.Min(x0, x1) <= maxX && Math.Max(y0, y1) >= minY && Math.Min(y0, y1) <= maxY)
                {
                    cut.ExpandToInclude(x0, y0);
                    cut.ExpandToInclude(x1, y1);
                }
            }
        }
    }

    /// <summary>
    /// Adds the ring's stretches inside the box to <paramref name="chains"/>; a ring wholly inside comes back
    /// whole. False when a vertex lies on the box's boundary or a crossing is too close to call.
    /// </summary>
    public bool Clip(ClipBox box, List<ClipChain> chains, out Coordinate[]? whole)
    {
        whole = null;
        if (box.OnBoundary(_x[0], _y[0]))
        {
            return false;
        }

        // Walking from the first vertex: when it is inside, the stretch it starts in (head) is closed by the
        // stretch that comes back to it at the end.
        var startsInside = box.Inside(_x[0], _y[0]);
        List<Coordinate>? open = startsInside ? [_coordinates[0]] : null;
        List<Coordinate>? head = null;
        var (entry, headExit) = (0.0, 0.0);
        var crossed = false;
        for (var k = 0; k < _chunks.Length; k++)
        {
            // Far from the box (every vertex strictly outside): no segment of the run can meet it.
            if (!_chunks[k].Intersects(box.Extent))
            {
                continue;
            }

            for (var b = (k * ChunkSize) + 1; b <= Math.Min(_x.Length - 1, (k + 1) * ChunkSize); b++)
            {
                var a = b - 1;
                if (box.OnBoundary(_x[b], _y[b]))
                {
                    return false;
                }

                var (inA, inB) = (box.Inside(_x[a], _y[a]), box.Inside(_x[b], _y[b]));
                if (inA && inB)
                {
                    open!.Add(_coordinates[b]);
                    continue;
                }

                if (!inA && !inB && box.SameSideOutside(_x[a], _y[a], _x[b], _y[b]))
                {
                    continue;
                }

                if (!box.TryThrough(_x[a], _y[a], _x[b], _y[b], inA, inB, out var crossing))
                {
                    return false;
                }

                if (crossing is not var (enter, leave))
                {
                    continue;
                }

                crossed = true;
                if (inA)
                {
                    open!.Add(leave.Point);
                    if (startsInside && head is null)
                    {
                        (head, headExit) = (open, leave.Position);
                    }
                    else
                    {
                        chains.Add(new ClipChain(open, entry, leave.Position));
                    }

                    open = null;
                }
                else if (inB)
                {
                    open = [enter.Point, _coordinates[b]];
                    entry = enter.Position;
                }
                else
                {
                    chains.Add(new ClipChain([enter.Point, leave.Point], enter.Position, leave.Position));
                }
            }
        }

        if (!crossed)
        {
            whole = startsInside ? _coordinates.Select(c => c.Copy()).ToArray() : null;
            return true;
        }

        if (startsInside)
        {
            // The last stretch ends at the first vertex, which starts the head: join them.
            open!.AddRange(head!.Skip(1));
            chains.Add(new ClipChain(open, entry, headExit));
        }

        return true;
    }

    private Envelope Envelope(int from, int to)
    {
        var envelope = new Envelope();
        for (var i = from; i <= to; i++)
        {
            envelope.ExpandToInclude(_x[i], _y[i]);
        }

        return envelope;
    }
}
