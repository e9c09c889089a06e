using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Reads facility points; a facility outside the city is kept, since it serves cells near the edge. A facility
/// has no year of its own: it serves every year from <c>year_open</c> on, so its id is unique in the file and a
/// second row with the same id (which would count it twice in every year both serve) is rejected.
/// </summary>
public static class FacilitiesReader
{
    public static DatasetResult<Facility> Read(InputSpec spec, CoordinateTransformer transformer)
    {
        var source = InputFileReader.Open(spec, spatial: false);
        var collector = new DatasetCollector<Facility>(spec, source.Rows);
        var seen = new Dictionary<string, RecordPosition>(source.Rows ?? 0, StringComparer.Ordinal);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("facility_id");
            var type = fields.Text("type");
            var x = fields.Number("x");
            var y = fields.Number("y");
            var yearOpen = fields.OptionalYear("year_open");
            if (!fields.Failed && !FacilityTypes.All.Contains(type))
            {
                fields.Fail("type", $"unknown facility type '{type}' (known: {string.Join(", ", FacilityTypes.All)})");
            }

            CoordinateCheck.Check(fields, transformer, x, y);
            if (!fields.Failed && seen.TryGetValue(id, out var first))
            {
                fields.Fail("facility_id", $"facility '{id}' appears twice (first at {first})");
            }

            if (collector.Check(record, fields))
            {
                seen[id] = record.At;
                var (px, py) = transformer.Transform(x, y);
                collector.Accept(new Facility(id, type, px, py, yearOpen, fields.OptionalText("name")));
            }
        }

        return collector.Result();
    }
}
