using MasterPlanEval.Ingest.Sources;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Formats;

/// <summary>
/// <see cref="WkbDecoder"/> reads plain XY polygons and multipolygons itself and hands everything else to
/// NetTopologySuite's strict reader: either way the geometry (or the failure) must be the library's, down to the
/// factory, the coordinate type and every bit of every ordinate.
/// </summary>
public sealed class WkbDecoderTests
{
    private static readonly GeometryFactory Factory = new();

    // A 10 m square with a triangular hole of legs 2 m: 100 - 2 = 98 m².
    private static readonly Polygon SquareWithHole = Factory.CreatePolygon(
        Ring((0, 0), (10, 0), (10, 10), (0, 10), (0, 0)),
        [Ring((2, 2), (2, 4), (4, 4), (2, 2))]);

    // Ordinates that are no short decimals, so a decoder that rounded or reordered them would show.
    private static readonly Polygon Skewed = Factory.CreatePolygon(Ring((450000.1, 4420000.3), (450400.7, 4420000.9), (450400.2, 4420400.6), (450000.1, 4420000.3)));

    [Fact]
    public void A_little_endian_polygon_with_a_hole_is_the_library_s_polygon()
    {
        var wkb = new WKBWriter().Write(SquareWithHole);

        var decoded = new WkbDecoder().Read(wkb);

        Assert.Equal(98, decoded.Area);
        AssertSame(Library(wkb), decoded);
    }

    [Fact]
    public void A_big_endian_multipolygon_is_the_library_s_multipolygon()
    {
        var multi = Factory.CreateMultiPolygon([SquareWithHole, Skewed]);
        var wkb = new WKBWriter(ByteOrder.BigEndian).Write(multi);

        var decoded = new WkbDecoder().Read(wkb);

        Assert.IsType<MultiPolygon>(decoded);
        Assert.Equal(2, decoded.NumGeometries);
        AssertSame(Library(wkb), decoded);
    }

    [Fact]
    public void A_polygon_with_z_is_left_to_the_library_and_keeps_its_z()
    {
        var withZ = Factory.CreatePolygon([new CoordinateZ(0, 0, 5), new CoordinateZ(4, 0, 6), new CoordinateZ(4, 4, 7), new CoordinateZ(0, 0, 5)]);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, false, true).Write(withZ);

        var decoded = new WkbDecoder().Read(wkb);

        Assert.Equal(6, decoded.Coordinates[1].Z);
        AssertSame(Library(wkb), decoded);
    }

    [Fact]
    public void A_point_and_a_line_are_the_library_s()
    {
        foreach (var geometry in new Geometry[] { Factory.CreatePoint(new Coordinate(3, 4)), Factory.CreateLineString([new(0, 0), new(3, 4)]) })
        {
            var wkb = new WKBWriter().Write(geometry);

            AssertSame(Library(wkb), new WkbDecoder().Read(wkb));
        }
    }

    [Fact]
    public void An_open_ring_fails_with_the_library_s_refusal()
    {
        // The last point of the shell moved off the first: (0 0) becomes (1 0), 1 in little-endian double is 00..F0 3F.
        var wkb = new WKBWriter().Write(SquareWithHole);
        var lastShellX = 1 + 4 + 4 + 4 + (4 * 16);
        wkb[lastShellX + 6] = 0xF0;
        wkb[lastShellX + 7] = 0x3F;

        var expected = Assert.ThrowsAny<Exception>(() => Library(wkb));
        var actual = Assert.ThrowsAny<Exception>(() => new WkbDecoder().Read(wkb));

        // The library wraps the ring's refusal; the reject reason is read from that inner ArgumentException.
        AssertSameFailure(expected, actual);
        Assert.IsType<ArgumentException>(actual.InnerException);
    }

    [Fact]
    public void Bytes_cut_short_fail_as_the_library_fails()
    {
        var wkb = new WKBWriter().Write(SquareWithHole)[..40];

        AssertSameFailure(Assert.ThrowsAny<Exception>(() => Library(wkb)), Assert.ThrowsAny<Exception>(() => new WkbDecoder().Read(wkb)));
    }

    [Fact]
    public void A_byte_past_the_end_is_read_as_the_library_reads_it()
    {
        byte[] wkb = [.. new WKBWriter().Write(Skewed), 7];

        AssertSame(Library(wkb), new WkbDecoder().Read(wkb));
    }

    private static Geometry Library(byte[] wkb) => new WKBReader { IsStrict = true }.Read(wkb);

    private static LinearRing Ring(params (double X, double Y)[] points) =>
        Factory.CreateLinearRing(points.Select(p => new Coordinate(p.X, p.Y)).ToArray());

    private static void AssertSameFailure(Exception expected, Exception actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.InnerException?.GetType(), actual.InnerException?.GetType());
        Assert.Equal(expected.InnerException?.Message, actual.InnerException?.Message);
    }

    private static void AssertSame(Geometry expected, Geometry actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Same(expected.Factory, actual.Factory);
        Assert.Equal(expected.NumGeometries, actual.NumGeometries);
        Assert.True(expected.EqualsExact(actual), $"{actual} differs from {expected}");
        var (left, right) = (expected.Coordinates, actual.Coordinates);
        Assert.Equal(left.Length, right.Length);
        for (var i = 0; i < left.Length; i++)
        {
            Assert.Equal(left[i].GetType(), right[i].GetType());
            Assert.Equal(BitConverter.DoubleToInt64Bits(left[i].X), BitConverter.DoubleToInt64Bits(right[i].X));
            Assert.Equal(BitConverter.DoubleToInt64Bits(left[i].Y), BitConverter.DoubleToInt64Bits(right[i].Y));
            Assert.Equal(BitConverter.DoubleToInt64Bits(left[i].Z), BitConverter.DoubleToInt64Bits(right[i].Z));
        }

        for (var i = 0; i < expected.NumGeometries; i++)
        {
            if (expected.GetGeometryN(i) is Polygon polygon)
            {
                var other = (Polygon)actual.GetGeometryN(i);
                Assert.Equal(polygon.NumInteriorRings, other.NumInteriorRings);
                Assert.Equal(polygon.ExteriorRing.CoordinateSequence.GetType(), other.ExteriorRing.CoordinateSequence.GetType());
                Assert.Equal(polygon.ExteriorRing.CoordinateSequence.Dimension, other.ExteriorRing.CoordinateSequence.Dimension);
                Assert.Equal(polygon.ExteriorRing.CoordinateSequence.Measures, other.ExteriorRing.CoordinateSequence.Measures);
            }
        }
    }
}
