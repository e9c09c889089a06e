using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Rejects a point whose coordinates cannot belong to the declared CRS (lon/lat out of range).</summary>
internal static class CoordinateCheck
{
    public static void Check(FieldReader fields, CoordinateTransformer transformer, double x, double y)
    {
        if (!fields.Failed && !transformer.IsPlausible(x, y))
        {
            fields.Fail("x", $"({x}, {y}) is not a longitude/latitude pair: is the input's crs right?");
        }
    }
}
