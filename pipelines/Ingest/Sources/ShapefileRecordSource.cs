using MasterPlanEval.Core.Errors;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Reads an Esri Shapefile: the .shp with its .shx index and .dbf attributes, all three required and checked
/// against each other first (<see cref="ShapefileStructure"/>). Shapes are built as stored, valid or not, so a
/// self-intersecting polygon reaches the same repair as in every other format instead of failing the file.
/// </summary>
internal static class ShapefileRecordSource
{
    private const string Format = "Shapefile";

    public static FileRecords Open(string path)
    {
        var shx = Companion(path, ".shx", "index");
        var dbf = Companion(path, ".dbf", "attribute table");
        try
        {
            var shp = File.ReadAllBytes(path);
            var structure = ShapefileStructure.Check(shp, path, shx, dbf);
            return FeatureRecords.From(path, Format, ReadFeatures(path, dbf, shp, structure));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ShapefileException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex);
        }
    }

    // A Shapefile is three files side by side; without the index or the attributes it is not a whole input.
    private static string Companion(string path, string extension, string role)
    {
        var lower = Path.ChangeExtension(path, extension);
        var upper = Path.ChangeExtension(path, extension.ToUpperInvariant());
        return File.Exists(lower) ? lower
            : File.Exists(upper) ? upper
            : throw new EvaluationException(
                ErrorCategory.Input,
                $"the Shapefile's {role} {Path.GetFileName(lower)} is missing: a Shapefile needs its .shp, .shx and .dbf side by side",
                new SourceLocation(path));
    }

    // Shapes are built as stored (IgnoreInvalidShapes): the library's strict mode refuses a self-intersecting
    // polygon for the whole file. With a degenerate record the reader gets a copy of the .shp without it, and the
    // attribute encoding the library found for the files on disk (.cpg or .dbf header); it does not dispose
    // streams it is given, so they are disposed here.
    private static List<SourceFeature> ReadFeatures(string path, string dbf, byte[] shp, ShapefileStructure.Records structure)
    {
        var options = new ShapefileReaderOptions { GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes };
        if (structure.Degenerate.All(d => d is null))
        {
            using var reader = Shapefile.OpenRead(path, options);
            return Features(reader, path, structure);
        }

        using (var onDisk = Shapefile.OpenRead(path, options))
        {
            options.Encoding = onDisk.Encoding;
        }

        using var shpStream = new MemoryStream(ShapefileStructure.WithoutDegenerate(shp, structure));
        using var dbfStream = File.OpenRead(dbf);
        using var patched = Shapefile.OpenRead(shpStream, dbfStream, options);
        return Features(patched, path, structure);
    }

    private static List<SourceFeature> Features(ShapefileReader reader, string path, ShapefileStructure.Records structure)
    {
        var features = new List<SourceFeature>(structure.IsNull.Count);
        for (var index = 0; index < structure.IsNull.Count; index++)
        {
            var feature = Next(reader, path, index);
            if (feature is null)
            {
                continue;
            }

            // A Null Shape record is "no geometry"; a degenerate one is rejected with its reason.
            var geometry = structure.IsNull[index] || structure.Degenerate[index] is not null ? null : feature.Geometry;
            features.Add(new SourceFeature(index, FeatureRecords.Attributes(feature.Attributes), geometry, structure.Degenerate[index]));
        }

        return features;
    }

    // One record, or null for a record the .dbf marks deleted; a record the library cannot read stops the run.
    private static NetTopologySuite.Features.Feature? Next(ShapefileReader reader, string path, int index)
    {
        try
        {
            return reader.Read(out var deleted, out var feature)
                ? deleted ? null : feature
                : throw new EvaluationException(ErrorCategory.Input, "the file ends before this record: the file is truncated", new SourceLocation(path, RecordPosition.Feature(index).ToString()));
        }
        catch (Exception ex) when (ex is not EvaluationException and not OutOfMemoryException)
        {
            throw GuardedRecords.Unreadable(path, Format, ex, RecordPosition.Feature(index).ToString());
        }
    }
}
