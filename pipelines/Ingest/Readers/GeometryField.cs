using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Checks, reprojects and repairs the geometry of a feature, failing the row's field reader on a problem: a
/// degenerate geometry the source could not build (<see cref="RawRecord.GeometryProblem"/>) is such a problem.
/// </summary>
internal static class GeometryField
{
    /// <summary>A LineString or MultiLineString of positive length, reprojected.</summary>
    public static Geometry? Line(FieldReader fields, RawRecord record, CoordinateTransformer transformer)
    {
        if (fields.Failed || !Plausible(fields, record, transformer))
        {
            return null;
        }

        var problem = record.GeometryProblem ?? record.Geometry switch
        {
            null => "no geometry",
            not (LineString or MultiLineString) => $"geometry is a {record.Geometry.GeometryType}, not a LineString or MultiLineString",
            { IsEmpty: true } => "geometry is empty",
            { Length: <= 0 } => "line has no length",
            _ => null,
        };
        if (problem is not null)
        {
            fields.Fail("geometry", problem);
            return null;
        }

        return transformer.Transform(record.Geometry!);
    }

    public static Geometry? Polygon<T>(FieldReader fields, RawRecord record, CoordinateTransformer transformer, DatasetCollector<T> collector)
    {
        if (fields.Failed)
        {
            return null;
        }

        if (!Plausible(fields, record, transformer))
        {
            return null;
        }

        if (record.GeometryProblem is { } degenerate)
        {
            fields.Fail("geometry", degenerate);
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

    private static bool Plausible(FieldReader fields, RawRecord record, CoordinateTransformer transformer)
    {
        if (record.Geometry is { } raw && !AllPlausible(raw, transformer))
        {
            fields.Fail("geometry", "coordinates are not longitude/latitude: is the input's crs right?");
            return false;
        }

        return true;
    }

    // Sequence by sequence: Geometry.Coordinates would copy every vertex of a polygon into a new array first.
    private static bool AllPlausible(Geometry geometry, CoordinateTransformer transformer)
    {
        var filter = new PlausibleFilter(transformer);
        geometry.Apply(filter);
        return filter.AllPlausible;
    }

    private sealed class PlausibleFilter(CoordinateTransformer transformer) : IEntireCoordinateSequenceFilter
    {
        public bool AllPlausible { get; private set; } = true;

        public bool Done => !AllPlausible;

        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count && AllPlausible; i++)
            {
                AllPlausible = transformer.IsPlausible(seq.GetX(i), seq.GetY(i));
            }
        }
    }
}
