using MasterPlanEval.Core.Errors;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Decodes a column of WKB geometries on every core, one contiguous slice of rows per worker (each with its own
/// <see cref="WkbDecoder"/>: NetTopologySuite's readers are not thread-safe), results in row order. Decoding is most of what reading parcels
/// costs. Of damaged WKB the first row in the file is reported, as a reading row by row would.
/// </summary>
internal static class WkbColumn
{
    // Below this many rows per worker, starting a worker costs more than it saves.
    private const int MinSlice = 4_096;

    public static (Geometry?[] Geometries, string?[] Problems) Decode(byte[]?[] blobs, string path, long firstRow, string column)
    {
        var geometries = new Geometry?[blobs.Length];
        var problems = new string?[blobs.Length];
        var workers = Math.Clamp(blobs.Length / MinSlice, 1, Environment.ProcessorCount);
        var failures = new EvaluationException?[workers];
        Parallel.For(0, workers, worker =>
        {
            var decoder = new WkbDecoder();
            var (from, to) = ((int)((long)blobs.Length * worker / workers), (int)((long)blobs.Length * (worker + 1) / workers));
            try
            {
                for (var i = from; i < to; i++)
                {
                    if (blobs[i] is { } bytes)
                    {
                        (geometries[i], problems[i]) = GeometryDecoding.Decode((decoder, bytes), static blob => blob.decoder.Read(blob.bytes), path, RecordPosition.Row(firstRow + i), column, "WKB");

                        // Decoded, the bytes are garbage: let them die young instead of being copied up the heap's
                        // generations by the collections the decoding itself causes.
                        blobs[i] = null;
                    }
                }
            }
            catch (EvaluationException ex)
            {
                // Slices are in row order and each stops at its first failure: the lowest failing slice holds the first.
                failures[worker] = ex;
            }
        });
        return failures.FirstOrDefault(f => f is not null) is { } first ? throw first : (geometries, problems);
    }
}
