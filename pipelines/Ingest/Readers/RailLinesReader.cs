using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads rail transit lines: one LineString or MultiLineString per line (or per section with its own opening year).</summary>
public static class RailLinesReader
{
    public static DatasetResult<RailLine> Read(InputSpec spec, CoordinateTransformer transformer)
    {
        var source = InputFileReader.Open(spec, spatial: true);
        var collector = new DatasetCollector<RailLine>(spec);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("line_id");
            var name = fields.OptionalText("name");
            var yearOpen = fields.OptionalYear("year_open");
            var line = GeometryField.Line(fields, record, transformer);
            if (collector.Check(record, fields))
            {
                collector.Accept(new RailLine(id, name, yearOpen, line!));
            }
        }

        return collector.Result();
    }
}
