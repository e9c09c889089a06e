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
            return FeatureRecords.From(path, Shapefile.ReadAllFeatures(path).ToList());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or FileNotFoundException)
        {
            throw new EvaluationException(ErrorCategory.Input, $"not a readable Shapefile: {ex.Message.Split('\n')[0]}", new SourceLocation(path));
        }
    }
}
