using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Cuts the part of a large polygonal area (a sub-district, a control-line union) that lies near a small
/// envelope, in one pass over flat coordinate arrays. OverlayNG costs time in every vertex of its inputs even
/// when it clips them itself, so a parcel overlaid with the cut part (a dozen vertices) is several times faster
/// than with the whole boundary (hundreds). Near the envelope the cut part has exactly the segments of the
/// whole, so the overlay computes the same intersection points and the same result.
/// Not thread-safe (a point locator is built on first use): one instance per worker.
/// </summary>
public sealed class RectangleClip
{
    // OverlayNG clips to the inputs' common envelope widened by a tenth of its extent (its safe envelope): the
    // segments it keeps whole there are kept whole here, with a wider margin (a fifth of the envelope's larger side).
    private const double KeepFactor = 0.2;

    private readonly Geometry _area;
    private readonly ClipRing[] _rings;
    private IPointOnGeometryLocator? _locator;

    /// <summary>The whole area.</summary>
    public Geometry Area => _area;

    public RectangleClip(Geometry area)
    {
        _area = area;
        _rings = Enumerable.Range(0, area.NumGeometries)
            .Select(i => (Polygon)area.GetGeometryN(i))
            .Where(p => !p.IsEmpty)
            .SelectMany(p => p.InteriorRings.Select(r => ClipRing.Of(r, hole: true)).Prepend(ClipRing.Of(p.Shell, hole: false)))
            .ToArray();
    }

    /// <summary>
    /// A polygonal geometry equal to the area within a margin around <paramref name="target"/> (every segment
    /// reaching that margin kept whole), or the area itself when cutting would not make it smaller or the cut
    /// would meet a degenerate case (a vertex on the cut, a crossing at a corner).
    /// </summary>
    public Geometry Near(Envelope target)
    {
        var margin = KeepFactor * Math.Max(target.Width, target.Height);
        if (!(margin > 0) || _rings.Length == 0)
        {
            return _area;
        }

        var keep = target.Copy();
        keep.ExpandBy(margin);
        var cut = keep.Copy();
        foreach (var ring in _rings)
        {
            ring.ExpandToSegmentsMeeting(keep, cut);
        }

        cut.ExpandBy(margin);
        return cut.Contains(_area.EnvelopeInternal) ? _area : Clip(cut) ?? _area;
    }

    /// <summary>The area inside the rectangle, exactly, or null when a vertex lies on its sides or a crossing is too close to call.</summary>
    public Geometry? Clip(Envelope rectangle)
    {
        var box = new ClipBox(rectangle);
        var chains = new List<ClipChain>();
        var shells = new List<Coordinate[]>();
        var holes = new List<Coordinate[]>();
        foreach (var ring in _rings)
        {
            if (!ring.Clip(box, chains, out var whole))
            {
                return null;
            }

            if (whole is not null)
            {
                (ring.IsHole ? holes : shells).Add(whole);
            }
        }

        if (chains.Count > 0)
        {
            if (!Link(box, chains, shells))
            {
                return null;
            }
        }
        else
        {
            var corner = new Coordinate(box.MinX, box.MinY);
            var location = (_locator ??= new IndexedPointInAreaLocator(_area)).Locate(corner);
            if (location == Location.Boundary)
            {
                return null;
            }

            if (location == Location.Interior)
            {
                shells.Add(box.Ring());
            }
        }

        return Assemble(shells, holes);
    }

    // Joins the chains inside the box into closed rings: the area lies left of every ring, so from where a chain
    // leaves the box its boundary runs counter-clockwise along the box to the next place a chain enters.
    private static bool Link(ClipBox box, List<ClipChain> chains, List<Coordinate[]> shells)
    {
        var entries = chains.OrderBy(c => c.Entry).ToList();
        var positions = chains.SelectMany(c => new[] { c.Entry, c.Exit }).Order().ToList();
        var tie = 1e-9 * box.Perimeter;
        for (var i = 0; i < positions.Count; i++)
        {
            var next = i + 1 < positions.Count ? positions[i + 1] : positions[0] + box.Perimeter;
            if (next - positions[i] <= tie && positions.Count > 1)
            {
                return false;
            }
        }

        var used = new HashSet<ClipChain>(ReferenceEqualityComparer.Instance);
        foreach (var start in entries)
        {
            if (!used.Add(start))
            {
                continue;
            }

            var ring = new List<Coordinate>();
            for (var chain = start; ;)
            {
                ring.AddRange(chain.Points);
                var following = entries.FirstOrDefault(c => c.Entry > chain.Exit) ?? entries[0];
                ring.AddRange(box.CornersBetween(chain.Exit, following.Entry));
                if (ReferenceEquals(following, start))
                {
                    break;
                }

                if (!used.Add(following))
                {
                    return false;
                }

                chain = following;
            }

            ring.Add(ring[0].Copy());
            shells.Add([.. ring]);
        }

        return true;
    }

    // Each hole goes to the smallest shell around one of its vertices (a hole of a valid area touches no other ring
    // except at points, so a vertex off every shell boundary decides).
    private Geometry? Assemble(List<Coordinate[]> shells, List<Coordinate[]> holes)
    {
        var factory = _area.Factory;
        var holesOf = shells.Select(_ => new List<LinearRing>()).ToArray();
        var areas = shells.Select(s => Math.Abs(NetTopologySuite.Algorithm.Area.OfRingSigned(s))).ToArray();
        foreach (var hole in holes)
        {
            var owner = -1;
            for (var s = 0; s < shells.Count; s++)
            {
                if ((owner < 0 || areas[s] < areas[owner]) && PointLocation.LocateInRing(hole[0], shells[s]) == Location.Interior)
                {
                    owner = s;
                }
            }

            if (owner < 0)
            {
                return null;
            }

            holesOf[owner].Add(factory.CreateLinearRing(hole));
        }

        var polygons = shells.Select((s, i) => factory.CreatePolygon(factory.CreateLinearRing(s), [.. holesOf[i]])).ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }
}
