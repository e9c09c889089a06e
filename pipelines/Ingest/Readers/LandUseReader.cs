using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Validation;
using MasterPlanEval.Indicators.LandClasses;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Reads land-use parcels and maps each class code through the configured classification. A parcel id is
/// unique within its survey year (the contract's <c>year</c>): a second parcel with the same id and year is
/// rejected, not counted twice.
/// </summary>
public static class LandUseReader
{
    private const double SquareMetresPerKm2 = 1_000_000;

    public static DatasetResult<Parcel> Read(InputSpec spec, CoordinateTransformer transformer, LandClassMapping mapping)
    {
        var source = InputFileReader.Open(spec, spatial: true);
        var collector = new DatasetCollector<Parcel>(spec, source.Rows);
        var seen = new FirstSeen(source.Rows);
        var areaLimit = InputLimits.Of(spec, "area_km2");

        // A survey uses a few dozen codes over hundreds of thousands of parcels: each is looked up once.
        var classes = new Dictionary<string, LandClass?>(StringComparer.Ordinal);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("parcel_id");
            var year = fields.Year();
            var code = fields.Text("class_code");
            var landClass = fields.Failed ? null : Find(classes, mapping, code);
            if (!fields.Failed && landClass is null)
            {
                fields.Fail("class_code", $"'{code}' has no mapping in classification {mapping.Id}");
            }

            // Before the geometry, so a duplicate is neither parsed nor reported as repaired.
            if (!fields.Failed && seen.TryGet(id, year, record.At, out var first))
            {
                fields.Fail("parcel_id", $"parcel '{id}' appears twice for {year} (first at {first})");
            }

            var polygon = GeometryField.Polygon(fields, record, transformer, collector);
            if (polygon is not null)
            {
                LimitedNumber.CheckMeasured(fields, areaLimit, polygon.Area / SquareMetresPerKm2, "geometry", "area");
            }

            if (collector.Check(record, fields))
            {
                seen.Add(id, year, record.At);
                collector.Accept(new Parcel(id, year, code, landClass!, polygon!));
            }
        }

        return collector.Result();
    }

    private static LandClass? Find(Dictionary<string, LandClass?> classes, LandClassMapping mapping, string code)
    {
        if (!classes.TryGetValue(code, out var landClass))
        {
            landClass = mapping.Find(code);
            classes[code] = landClass;
        }

        return landClass;
    }
}
