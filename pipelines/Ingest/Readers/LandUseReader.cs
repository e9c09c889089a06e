using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.LandClasses;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads land-use parcels and maps each class code through the configured classification.</summary>
public static class LandUseReader
{
    private static readonly string[] Required = ["parcel_id", "year", "class_code"];

    public static DatasetResult<Parcel> Read(InputSpec spec, CoordinateTransformer transformer, LandClassMapping mapping)
    {
        var source = InputFileReader.Open(spec.Path, spec.Dataset, Required, spatial: true);
        var collector = new DatasetCollector<Parcel>(spec.Dataset, spec.Path);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("parcel_id");
            var year = fields.Year();
            var code = fields.Text("class_code");
            var landClass = fields.Failed ? null : mapping.Find(code);
            if (!fields.Failed && landClass is null)
            {
                fields.Fail("class_code", $"'{code}' has no mapping in classification {mapping.Id}");
            }

            var polygon = GeometryField.Polygon(fields, record, transformer, collector);
            if (collector.Check(record, fields))
            {
                collector.Accept(new Parcel(id, year, code, landClass!, polygon!));
            }
        }

        return collector.Result();
    }
}
