using MasterPlanEval.Core.Errors;
using NetTopologySuite.IO.Esri;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>Reads an Esri Shapefile (with its .dbf attributes).</summary>
internal static class ShapefileRecordSource
{
    public static RecordSource Open(string path)
    {
        try
        {
            // A Shapefile says "no geometry" with a Null Shape record, which NTS reads as an empty geometry.
            var features = Shapefile.ReadAllFeatures(path)
                .Select(f => f.Geometry is { IsEmpty: true } ? new NetTopologySuite.Features.Feature(null, f.Attributes) : f)
                .ToList();
            return FeatureRecords.From(path, features);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or FileNotFoundException)
        {
            throw new EvaluationException(ErrorCategory.Input, $"not a readable Shapefile: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }
}
