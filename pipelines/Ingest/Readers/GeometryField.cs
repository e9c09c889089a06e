using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Checks, reprojects and repairs the polygon of a feature, failing the row's field reader on a problem.</summary>
internal static class GeometryField
{
    public static Geometry? Polygon<T>(FieldReader fields, RawRecord record, CoordinateTransformer transformer, DatasetCollector<T> collector)
    {
        if (fields.Failed)
        {
            return null;
        }

        if (record.Geometry is { } raw && raw.Coordinates.Any(c => !transformer.IsPlausible(c.X, c.Y)))
        {
            fields.Fail("geometry", "coordinates are not longitude/latitude: is the input's crs right?");
            return null;
        }

        var (polygon, problem, repair) = PolygonCheck.Check(record.Geometry is null ? null : transformer.Transform(record.Geometry));
        if (problem is not null)
        {
            fields.Fail("geometry", problem);
        }
        else if (repair is not null)
        {
            collector.Repaired(record, repair);
        }

        return polygon;
    }
}
