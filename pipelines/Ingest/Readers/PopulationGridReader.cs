using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Validation;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads the 250 m population grid: one row per cell and year, centroid moved to the working CRS.</summary>
public static class PopulationGridReader
{
    private const string CellId = "cell_id";

    public static DatasetResult<GridCell> Read(InputSpec spec, CoordinateTransformer transformer)
    {
        var source = InputFileReader.Open(spec, spatial: false);
        var collector = new DatasetCollector<GridCell>(spec, source.Rows);
        var seen = new FirstSeen(source.Rows);
        // A column stored as whole numbers holds nothing else, so every id of the file keys by its number.
        var wholeIds = source.Stored.GetValueOrDefault(CellId) == ColumnTypes.Integer;
        var (residentsLimit, workersLimit) = (InputLimits.Of(spec, "residents"), InputLimits.Of(spec, "workers"));
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var id = fields.Id(CellId, out var whole);
            var year = fields.Year();
            var x = fields.Number("x");
            var y = fields.Number("y");
            var residents = fields.Number(residentsLimit);
            var workers = fields.Number(workersLimit);
            CoordinateCheck.Check(fields, transformer, x, y);
            // The last check: a row that passes it is accepted, so it is recorded at once.
            if (!fields.Failed && !(wholeIds ? seen.TryAdd(whole, year, record.At, out var first) : seen.TryAdd(id, year, record.At, out first)))
            {
                fields.Fail(CellId, $"cell '{id}' appears twice for {year} (first at {first})");
            }

            if (collector.Check(record, fields))
            {
                var (px, py) = transformer.Transform(x, y);
                collector.Accept(new GridCell(id, year, px, py, residents, workers));
            }
        }

        return collector.Result();
    }
}
