using System.Buffers.Binary;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Checks the three files of a Shapefile against each other before any feature is read, because the library reads
/// the .shp front to back and quietly makes empty or missing features of a truncated or overwritten file. The
/// .shx must index every record of the .shp in order, each record must carry its number, length and the file's
/// shape type, and the .dbf must hold one whole attribute record per shape. Within a record, parts and points must
/// fit: a file that breaks any of this is damaged (one input error naming the file and feature). A ring that is
/// not closed or has fewer than 4 points, and a line part of one point, are degenerate: that feature is rejected.
/// </summary>
internal static class ShapefileStructure
{
    private const int FileCode = 9994;
    private const int HeaderBytes = 100;

    /// <summary>
    /// Per record (0-based feature index): whether it is a Null Shape, why its geometry is degenerate, and where
    /// it starts in the .shp and how many content bytes it has.
    /// </summary>
    public sealed record Records(IReadOnlyList<bool> IsNull, IReadOnlyList<string?> Degenerate, IReadOnlyList<long> Offsets, IReadOnlyList<long> Lengths);

    public static Records Check(byte[] shp, string shpPath, string shxPath, string dbfPath)
    {
        var shx = File.ReadAllBytes(shxPath);
        var shapeType = Header(shp, shpPath, "a Shapefile (.shp)");
        Header(shx, shxPath, "a Shapefile index (.shx)");
        if ((shx.Length - HeaderBytes) % 8 != 0 || DeclaredLength(shx) != shx.Length)
        {
            throw Damaged(shxPath, null, $"the index is truncated or damaged: its header gives {DeclaredLength(shx)} bytes, the file has {shx.Length}");
        }

        var count = (shx.Length - HeaderBytes) / 8;
        var isNull = new bool[count];
        var degenerate = new string?[count];
        var offsets = new long[count];
        var lengths = new long[count];
        long expectedOffset = HeaderBytes;
        for (var i = 0; i < count; i++)
        {
            var offset = (long)BinaryPrimitives.ReadInt32BigEndian(shx.AsSpan(HeaderBytes + (8 * i))) * 2;
            var length = (long)BinaryPrimitives.ReadInt32BigEndian(shx.AsSpan(HeaderBytes + (8 * i) + 4)) * 2;
            if (offset != expectedOffset || length < 4)
            {
                throw Damaged(shxPath, i, $"the index entry (offset {offset}, length {length}) does not follow the record before it");
            }

            if (offset + 8 + length > shp.Length)
            {
                throw Damaged(shpPath, i, $"the record ends at byte {offset + 8 + length}, past the end of the file ({shp.Length} bytes): the file is truncated");
            }

            var number = BinaryPrimitives.ReadInt32BigEndian(shp.AsSpan((int)offset));
            var contentLength = (long)BinaryPrimitives.ReadInt32BigEndian(shp.AsSpan((int)offset + 4)) * 2;
            var content = shp.AsSpan((int)offset + 8, (int)length);
            var type = BinaryPrimitives.ReadInt32LittleEndian(content);
            if (number != i + 1 || contentLength != length || (type != 0 && type != shapeType))
            {
                throw Damaged(shpPath, i, $"the record header (number {number}, {contentLength} bytes, shape type {type}) does not match its index entry (number {i + 1}, {length} bytes) and the file's shape type {shapeType}: the file is damaged");
            }

            (offsets[i], lengths[i], isNull[i]) = (offset, length, type == 0);
            degenerate[i] = type == 0 ? null : Parts(content, type, shpPath, i);
            expectedOffset = offset + 8 + length;
        }

        if (expectedOffset != DeclaredLength(shp) || shp.Length < expectedOffset)
        {
            throw Damaged(shpPath, null, $"its records end at byte {expectedOffset} but its header gives {DeclaredLength(shp)} bytes and the file has {shp.Length}: the .shp is truncated or its .shx does not index every record");
        }

        CheckDbf(dbfPath, count);
        return new Records(isNull, degenerate, offsets, lengths);
    }

    /// <summary>
    /// A copy of the .shp in which every degenerate record is a Null Shape: the library throws on such a shape
    /// and then pairs the following shapes with the wrong attribute records, so it must never see one.
    /// </summary>
    public static byte[] WithoutDegenerate(byte[] shp, Records records)
    {
        using var copy = new MemoryStream(shp.Length);
        copy.Write(shp, 0, HeaderBytes);
        Span<byte> nullRecord = stackalloc byte[12];
        for (var i = 0; i < records.Offsets.Count; i++)
        {
            if (records.Degenerate[i] is null)
            {
                copy.Write(shp, (int)records.Offsets[i], 8 + (int)records.Lengths[i]);
                continue;
            }

            // Record number, content length 2 words (the 4 bytes of shape type 0), shape type 0.
            BinaryPrimitives.WriteInt32BigEndian(nullRecord, i + 1);
            BinaryPrimitives.WriteInt32BigEndian(nullRecord[4..], 2);
            BinaryPrimitives.WriteInt32LittleEndian(nullRecord[8..], 0);
            copy.Write(nullRecord);
        }

        var bytes = copy.ToArray();
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(24), bytes.Length / 2);
        return bytes;
    }

    private static int Header(byte[] bytes, string path, string what)
    {
        if (bytes.Length < HeaderBytes || BinaryPrimitives.ReadInt32BigEndian(bytes) != FileCode || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(28)) != 1000)
        {
            throw Damaged(path, null, $"not {what}: the header does not start with the Shapefile file code and version");
        }

        return BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(32));
    }

    private static long DeclaredLength(byte[] bytes) => (long)BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(24)) * 2;

    // Polygon (5, 15, 25) and PolyLine (3, 13, 23) records: bounding box, part count, point count, part starts, points.
    private static string? Parts(ReadOnlySpan<byte> content, int type, string path, int feature)
    {
        var polygon = type % 10 == 5;
        if (!polygon && type % 10 != 3)
        {
            return null;
        }

        if (content.Length < 44)
        {
            throw Damaged(path, feature, $"the record of {content.Length} bytes is too short for its shape: the file is damaged");
        }

        var parts = BinaryPrimitives.ReadInt32LittleEndian(content[36..]);
        var points = BinaryPrimitives.ReadInt32LittleEndian(content[40..]);
        if (parts < 0 || points < 0 || 44 + (4L * parts) + (16L * points) > content.Length || (parts == 0) != (points == 0))
        {
            throw Damaged(path, feature, $"the record claims {parts} parts and {points} points, which do not fit its {content.Length} bytes: the file is damaged");
        }

        var xy = content[(44 + (4 * parts))..];
        for (var p = 0; p < parts; p++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(content[(44 + (4 * p))..]);
            var end = p + 1 < parts ? BinaryPrimitives.ReadInt32LittleEndian(content[(48 + (4 * p))..]) : points;
            if (start < 0 || end > points || end < start || (p == 0 && start != 0))
            {
                throw Damaged(path, feature, $"part {p} spans points {start}–{end} of {points}: the file is damaged");
            }

            var n = end - start;
            if (polygon && (n < 4 || !SamePoint(xy, start, end - 1)))
            {
                return $"degenerate geometry: a ring that is not closed or has fewer than 4 points (ring {p} has {n} points{(n > 0 && !SamePoint(xy, start, end - 1) ? " and does not end where it starts" : string.Empty)})";
            }

            if (!polygon && n < 2)
            {
                return $"degenerate geometry: a line of fewer than 2 points (part {p} has {n})";
            }
        }

        return null;
    }

    private static bool SamePoint(ReadOnlySpan<byte> xy, int a, int b) =>
        BinaryPrimitives.ReadDoubleLittleEndian(xy[(16 * a)..]).Equals(BinaryPrimitives.ReadDoubleLittleEndian(xy[(16 * b)..]))
        && BinaryPrimitives.ReadDoubleLittleEndian(xy[((16 * a) + 8)..]).Equals(BinaryPrimitives.ReadDoubleLittleEndian(xy[((16 * b) + 8)..]));

    // dBASE header: record count (bytes 4–7), header length (8–9), record length (10–11), all little-endian.
    private static void CheckDbf(string path, int shapes)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[12];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            throw Damaged(path, null, "the attribute table's header is cut short: the file is truncated");
        }

        var records = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
        var recordLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(10));
        if (records != shapes)
        {
            throw Damaged(path, null, $"the attribute table holds {records} records but the .shp {shapes} shapes: one attribute record per shape is needed");
        }

        var needed = headerLength + ((long)records * recordLength);
        if (stream.Length < needed)
        {
            throw Damaged(path, null, $"{records} records of {recordLength} bytes need {needed} bytes, the file has {stream.Length}: the file is truncated");
        }
    }

    private static EvaluationException Damaged(string path, int? feature, string message) =>
        new(ErrorCategory.Input, message, new SourceLocation(path, feature is { } i ? RecordPosition.Feature(i).ToString() : null));
}
