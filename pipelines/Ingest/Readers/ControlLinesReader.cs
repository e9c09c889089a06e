using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads control-line polygons: the ecological red line, the urban development boundary and the ecological control area.</summary>
public static class ControlLinesReader
{
    public static DatasetResult<ControlLine> Read(InputSpec spec, CoordinateTransformer transformer)
    {
        var source = InputFileReader.Open(spec, spatial: true);
        var collector = new DatasetCollector<ControlLine>(spec);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Text("line_id");
            var kindText = fields.Text("kind");
            ControlLineKind? kind = kindText switch
            {
                "eco_redline" => ControlLineKind.EcoRedline,
                "urban_development_boundary" => ControlLineKind.UrbanDevelopmentBoundary,
                "eco_control_area" => ControlLineKind.EcoControlArea,
                _ => null,
            };
            if (!fields.Failed && kind is null)
            {
                fields.Fail("kind", $"unknown kind '{kindText}' (known: eco_redline, urban_development_boundary, eco_control_area)");
            }

            var polygon = GeometryField.Polygon(fields, record, transformer, collector);
            if (collector.Check(record, fields))
            {
                collector.Accept(new ControlLine(id, kind!.Value, polygon!));
            }
        }

        return collector.Result();
    }
}
