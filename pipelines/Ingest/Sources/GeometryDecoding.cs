using MasterPlanEval.Core.Errors;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Tells a feature with a degenerate geometry from a file that is damaged. NetTopologySuite refuses to build a
/// ring that is not closed or a line of one point with an <see cref="ArgumentException"/> thrown by the geometry
/// type itself: the bytes or the JSON were read completely, so that feature is rejected and the run goes on.
/// Anything else that stops a decoder (bytes that end early, an unknown type code) means the file is damaged: one
/// input error naming the file and the feature. The WKB readers are strict, so every format treats an open ring
/// the same way (a lenient reader would close it without a word).
/// </summary>
internal static class GeometryDecoding
{
    public static WKBReader Wkb() => new() { IsStrict = true };

    public static GeoPackageGeoReader GeoPackage() => new() { RepairRings = false };

    /// <summary>The reject reason when <paramref name="ex"/> is a geometry type refusing degenerate coordinates, else null.</summary>
    /// <remarks>
    /// Told by NetTopologySuite's own messages ("Invalid number of points in LineString", "points must form a closed
    /// linestring", "Invalid number of points in LinearRing"): the throwing method (TargetSite) changes once the JIT
    /// inlines the constructors, so it cannot tell them.
    /// </remarks>
    public static string? Degenerate(Exception ex)
    {
        var refusal = ex as ArgumentException ?? ex.InnerException as ArgumentException;
        var message = refusal?.Message ?? string.Empty;
        var what = message.Contains("LinearRing", StringComparison.Ordinal) || message.Contains("closed linestring", StringComparison.Ordinal) ? "a ring that is not closed or has fewer than 4 points"
            : message.Contains("in LineString", StringComparison.Ordinal) ? "a line of fewer than 2 points"
            : null;
        return what is null ? null : $"degenerate geometry: {what} ({GuardedRecords.FirstLine(message)})";
    }

    /// <summary>
    /// Decodes one feature's geometry: the geometry, or null and the reason it is degenerate. Bytes that do not
    /// decode stop the run naming file, feature and column.
    /// </summary>
    public static (Geometry? Geometry, string? Problem) Decode(Func<Geometry> read, string path, RecordPosition at, string column, string encoding) =>
        Decode(read, static read => read(), path, at, column, encoding);

    /// <summary>
    /// As <see cref="Decode(Func{Geometry}, string, RecordPosition, string, string)"/>, reading from
    /// <paramref name="state"/> with a static <paramref name="read"/>: a column of 200,000 blobs then costs no
    /// closure per blob.
    /// </summary>
    public static (Geometry? Geometry, string? Problem) Decode<TState>(TState state, Func<TState, Geometry> read, string path, RecordPosition at, string column, string encoding)
    {
        try
        {
            return (read(state), null);
        }
        catch (Exception ex) when (Degenerate(ex) is { } problem)
        {
            return (null, problem);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = GuardedRecords.FirstLine((ex.InnerException ?? ex).Message);
            throw new EvaluationException(ErrorCategory.Input, $"the geometry is not readable {encoding}: {message}", new SourceLocation(path, at.ToString(), column));
        }
    }
}
