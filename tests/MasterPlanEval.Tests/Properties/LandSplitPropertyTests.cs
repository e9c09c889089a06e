using CsCheck;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// The land split's shortcuts against the plain computation they replace, on random layouts: a random valid area
/// (star-shaped, with a hole, or in two parts; <see cref="RectangleClipPropertyTests.Areas"/>) cut by a random line into
/// two sub-districts sharing the cut, plus a small star around the origin (inside the hole, or overlapping the others).
/// Parcels are stars of every size, near-degenerate slivers, squares with a hole, two-part parcels, and triangles on an
/// edge of a sub-district (inside or outside it, so they touch its boundary along that edge). The plain split overlays
/// every parcel with every whole sub-district it meets, in id order, unless a sub-district contains it.
/// </summary>
public sealed class LandSplitPropertyTests
{
    private static readonly GeometryFactory Factory = new();

    private static readonly Gen<List<PlanningUnit>> Layouts =
        from area in RectangleClipPropertyTests.Areas
        from angle in Gen.Double[0, Math.PI]
        from offset in Gen.Double[-80, 80]
        from core in RectangleClipPropertyTests.Star(0, 0, 2, 4)
        let half = HalfPlane(angle, offset)
        let s1 = OverlayNG.Overlay(area, half, SpatialFunction.Intersection)
        let s2 = OverlayNG.Overlay(area, half, SpatialFunction.Difference)
        where s1.Area > 0 && s2.Area > 0 && s1.IsValid && s2.IsValid
        select new List<PlanningUnit> { Unit("s1", s1), Unit("s2", s2), Unit("s0", Factory.CreatePolygon(core)) };

    private static readonly Gen<Geometry> Stars =
        from x in Gen.Double[-150, 450]
        from y in Gen.Double[-150, 150]
        from size in Gen.Double[0.05, 80]
        from star in RectangleClipPropertyTests.Star(x, y, 0.2 * size, size)
        select (Geometry)Factory.CreatePolygon(star);

    // A triangle whose third corner lies within a hair of its base: valid, but nearly a line.
    private static readonly Gen<Geometry> Slivers =
        from x in Gen.Double[-150, 450]
        from y in Gen.Double[-150, 150]
        from length in Gen.Double[1, 150]
        from angle in Gen.Double[0, 2 * Math.PI]
        from along in Gen.Double[0.1, 0.9]
        from hair in Gen.Double[1e-7, 1e-2]
        let dx = length * Math.Cos(angle)
        let dy = length * Math.Sin(angle)
        let apex = new Coordinate(x + (along * dx) - (hair * dy), y + (along * dy) + (hair * dx))
        select (Geometry)Factory.CreatePolygon([new(x, y), new(x + dx, y + dy), apex, new(x, y)]);

    private static readonly Gen<Geometry> Holed =
        from x in Gen.Double[-150, 450]
        from y in Gen.Double[-150, 150]
        from size in Gen.Double[0.5, 60]
        from inner in Gen.Double[0.1, 0.8]
        select (Geometry)Factory.CreatePolygon(Square(x, y, size), [Square(x + (size * (1 - inner) / 2), y + (size * (1 - inner) / 2), size * inner)]);

    private static readonly Gen<Geometry> TwoParts =
        from a in Stars
        from b in Stars
        let both = Factory.CreateMultiPolygon([(Polygon)a, (Polygon)b])
        where both.IsValid
        select (Geometry)both;

    private static readonly Gen<Geometry> FreeParcels = Gen.OneOf(Stars, Stars, Slivers, Holed, TwoParts);

    [Fact]
    public void A_polygon_the_grid_shows_crossing_is_neither_contained_nor_apart()
    {
        Gen.Select(RectangleClipPropertyTests.Areas, Gen.OneOf(FreeParcels, Stars.Select(Shrunk)).Array[30], Gen.Int[4, 80]).Sample(
            (area, parcels, cells) =>
            {
                var (grid, prepared) = (new InteriorGrid(area, cells), PreparedGeometryFactory.Prepare(area));
                foreach (var parcel in parcels.Concat(OnEdges(area, 0.3)).Concat(OnEdges(area, -0.3)))
                {
                    if (grid.Crosses(parcel))
                    {
                        Assert.False(prepared.Contains(parcel), $"{area} contains {parcel}");
                        Assert.True(prepared.Intersects(parcel), $"{area} misses {parcel}");
                    }
                }
            },
            iter: 1_000);
    }

    [Fact]
    public void The_split_gives_the_pieces_and_areas_of_the_plain_overlay()
    {
        Gen.Select(Layouts, FreeParcels.Array[25]).Sample(
            (units, free) =>
            {
                var (raster, locator) = (new SubdistrictRaster(units), new SubdistrictLocator(units));
                var subdistricts = units.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
                var prepared = subdistricts.Select(u => PreparedGeometryFactory.Prepare(u.Geometry!)).ToList();
                var onEdges = subdistricts.SelectMany(u => OnEdges(u.Geometry!, 0.4).Concat(OnEdges(u.Geometry!, -0.4)));
                foreach (var parcel in free.Concat(onEdges))
                {
                    var expected = PlainSplit(subdistricts, prepared, parcel);
                    if (raster.TryLocateEnvelope(parcel.EnvelopeInternal, out var id))
                    {
                        Assert.Equal(expected.Select(p => p.Id), id is null ? Array.Empty<string>() : [id]);
                        Assert.All(expected, p => Assert.Same(parcel, p.Piece));
                    }

                    var actual = locator.Split(parcel).ToList();
                    Assert.Equal(expected.Select(p => p.Id), actual.Select(p => p.SubdistrictId));
                    Assert.Equal(expected.Select(p => p.Piece.Area), actual.Select(p => p.Piece.Area));
                }
            },
            iter: 300);
    }

    private static List<(string Id, Geometry Piece)> PlainSplit(List<PlanningUnit> subdistricts, List<IPreparedGeometry> prepared, Geometry parcel)
    {
        var pieces = new List<(string, Geometry)>();
        for (var i = 0; i < subdistricts.Count; i++)
        {
            if (prepared[i].Contains(parcel))
            {
                return [.. pieces, (subdistricts[i].Id, parcel)];
            }

            if (prepared[i].Intersects(parcel))
            {
                var piece = PlainIntersection(parcel, subdistricts[i].Geometry!);
                if (piece.Area > 0)
                {
                    pieces.Add((subdistricts[i].Id, piece));
                }
            }
        }

        return pieces;
    }

    // The floating overlay, or on its rare topology failure the robust (snapping) one, as the split takes them.
    private static Geometry PlainIntersection(Geometry parcel, Geometry subdistrict)
    {
        try
        {
            return OverlayNG.Overlay(parcel, subdistrict, SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            return OverlayNGRobust.Overlay(parcel, subdistrict, SpatialFunction.Intersection);
        }
    }

    // A triangle on every fifth edge of every shell: its base is the edge, its apex a fraction of the edge's length
    // to the left (inside, for a counter-clockwise shell) or right of the edge's middle.
    private static IEnumerable<Geometry> OnEdges(Geometry area, double height)
    {
        for (var g = 0; g < area.NumGeometries; g++)
        {
            var shell = ((Polygon)area.GetGeometryN(g)).Shell;
            var ring = NetTopologySuite.Algorithm.Orientation.IsCCW(shell.CoordinateSequence) ? shell.Coordinates : shell.Coordinates.Reverse().ToArray();
            for (var k = 1; k < ring.Length; k += 5)
            {
                var (a, b) = (ring[k - 1], ring[k]);
                var (dx, dy) = (b.X - a.X, b.Y - a.Y);
                var apex = new Coordinate(((a.X + b.X) / 2) - (height * dy), ((a.Y + b.Y) / 2) + (height * dx));
                var triangle = Factory.CreatePolygon([a.Copy(), b.Copy(), apex, a.Copy()]);
                if (triangle.IsValid && triangle.Area > 0)
                {
                    yield return triangle;
                }
            }
        }
    }

    // A star shrunk towards the origin, where the areas' boundaries and holes are.
    private static Geometry Shrunk(Geometry star) =>
        Factory.CreatePolygon(star.Coordinates.Select(c => new Coordinate(c.X / 3, c.Y / 2)).ToArray());

    private static Polygon HalfPlane(double angle, double offset)
    {
        var (nx, ny) = (Math.Cos(angle), Math.Sin(angle));
        var (px, py) = (offset * nx, offset * ny);
        const double Far = 2_000;
        return Factory.CreatePolygon(
        [
            new(px - (Far * ny), py + (Far * nx)), new(px + (Far * ny), py - (Far * nx)),
            new(px + (Far * ny) + (Far * nx), py - (Far * nx) + (Far * ny)), new(px - (Far * ny) + (Far * nx), py + (Far * nx) + (Far * ny)),
            new(px - (Far * ny), py + (Far * nx)),
        ]);
    }

    private static LinearRing Square(double x, double y, double size) =>
        Factory.CreateLinearRing([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);

    private static PlanningUnit Unit(string id, Geometry geometry) =>
        new(id, "d1", UnitLevel.Subdistrict, new LocalizedName(id, id), geometry);
}
