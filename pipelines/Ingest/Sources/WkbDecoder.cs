using System.Buffers.Binary;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Decodes WKB into the geometries NetTopologySuite's strict <see cref="WKBReader"/> builds, reading the common case
/// of land surveys straight from the bytes: a Polygon or MultiPolygon of plain XY coordinates, every ring closed
/// and of at least 4 points. The library's reader goes through a stream, a binary reader and a factory lookup per
/// geometry, which made it most of the cost of reading parcels. Anything else (points, lines, collections, Z or M
/// ordinates, an SRID, an empty part, a ring the geometry types refuse, bytes that end early or run on) goes to
/// that reader unchanged, so what it builds or how it fails stays exactly the library's. What is decoded here is
/// what the library would build: the same factory, coordinate type and sequence type, the same values. Not
/// thread-safe (neither is the library's reader): one per worker.
/// </summary>
public sealed class WkbDecoder
{
    private const uint PolygonType = 3;
    private const uint MultiPolygonType = 6;

    // The fewest bytes each part can take, so a count the bytes left cannot hold is refused before anything is allocated.
    private const int PointBytes = 16;
    private const int RingBytes = 4 + (4 * PointBytes);
    private const int PolygonBytes = 1 + 4 + 4 + RingBytes;

    private readonly WKBReader _library = GeometryDecoding.Wkb();
    private readonly GeometryFactory _factory;

    public WkbDecoder()
    {
        // The factory the library's reader asks the same services for, for a geometry without an SRID.
        var services = NtsGeometryServices.Instance;
        _factory = services.CreateGeometryFactory(services.DefaultPrecisionModel, services.DefaultSRID, services.DefaultCoordinateSequenceFactory);
    }

    public Geometry Read(byte[] wkb) => Polygonal(wkb) ?? _library.Read(wkb);

    // The polygon or multipolygon, or null when the bytes are anything this does not decode.
    private Geometry? Polygonal(ReadOnlySpan<byte> wkb)
    {
        var bytes = new Cursor(wkb);
        if (!bytes.ByteOrder() || !bytes.UInt32(out var type))
        {
            return null;
        }

        Geometry? geometry = type switch
        {
            PolygonType => Polygon(ref bytes),
            MultiPolygonType => MultiPolygon(ref bytes),
            _ => null,
        };
        return bytes.AtEnd ? geometry : null;
    }

    private MultiPolygon? MultiPolygon(ref Cursor bytes)
    {
        if (!bytes.Count(out var count, PolygonBytes))
        {
            return null;
        }

        var polygons = new Polygon[count];
        for (var i = 0; i < count; i++)
        {
            if (!bytes.ByteOrder() || !bytes.UInt32(out var type) || type != PolygonType || Polygon(ref bytes) is not { } polygon)
            {
                return null;
            }

            polygons[i] = polygon;
        }

        return _factory.CreateMultiPolygon(polygons);
    }

    private Polygon? Polygon(ref Cursor bytes)
    {
        if (!bytes.Count(out var rings, RingBytes) || Ring(ref bytes) is not { } shell)
        {
            return null;
        }

        var holes = new LinearRing[rings - 1];
        for (var i = 0; i < holes.Length; i++)
        {
            if (Ring(ref bytes) is not { } hole)
            {
                return null;
            }

            holes[i] = hole;
        }

        return _factory.CreatePolygon(shell, holes);
    }

    // A closed ring of at least 4 points, the only kind a LinearRing accepts besides an empty one.
    private LinearRing? Ring(ref Cursor bytes)
    {
        if (!bytes.Count(out var count, PointBytes) || count < 4)
        {
            return null;
        }

        var points = new Coordinate[count];
        for (var i = 0; i < count; i++)
        {
            points[i] = new Coordinate(bytes.Double(), bytes.Double());
        }

        return points[0].Equals2D(points[^1]) ? _factory.CreateLinearRing(_factory.CoordinateSequenceFactory.Create(points)) : null;
    }

    /// <summary>Reads WKB numbers in the byte order the geometry at hand declares, never past the end.</summary>
    private ref struct Cursor(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;
        private bool _littleEndian;

        public readonly bool AtEnd => _at == _bytes.Length;

        /// <summary>Reads a byte order mark: 0 big-endian, 1 little-endian.</summary>
        public bool ByteOrder()
        {
            if (_at >= _bytes.Length || _bytes[_at] > 1)
            {
                return false;
            }

            _littleEndian = _bytes[_at++] == 1;
            return true;
        }

        public bool UInt32(out uint value)
        {
            value = 0;
            if (_bytes.Length - _at < 4)
            {
                return false;
            }

            var span = _bytes.Slice(_at, 4);
            value = _littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(span) : BinaryPrimitives.ReadUInt32BigEndian(span);
            _at += 4;
            return true;
        }

        /// <summary>A count of at least one element, each at least <paramref name="elementBytes"/> long, that the bytes left can hold.</summary>
        public bool Count(out int count, int elementBytes)
        {
            count = 0;
            if (!UInt32(out var value) || value == 0 || value > (uint)((_bytes.Length - _at) / elementBytes))
            {
                return false;
            }

            count = (int)value;
            return true;
        }

        /// <summary>A double; the caller has checked the bytes are there (<see cref="Count"/>).</summary>
        public double Double()
        {
            var span = _bytes.Slice(_at, 8);
            _at += 8;
            return _littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(span) : BinaryPrimitives.ReadDoubleBigEndian(span);
        }
    }
}
