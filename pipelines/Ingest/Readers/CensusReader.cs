using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Validation;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>Reads census resident population per sub-district and year.</summary>
public static class CensusReader
{
    public static DatasetResult<CensusRow> Read(InputSpec spec, IReadOnlySet<string> subdistrictIds)
    {
        var source = InputFileReader.Open(spec, spatial: false);
        var collector = new DatasetCollector<CensusRow>(spec, source.Rows);
        var seen = new FirstSeen(source.Rows);
        var residentsLimit = InputLimits.Of(spec, "residents");
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var unit = fields.Text("unit_id");
            var year = fields.Year();
            var residents = fields.Number(residentsLimit);
            if (!fields.Failed && !subdistrictIds.Contains(unit))
            {
                fields.Fail("unit_id", $"'{unit}' is not a sub-district of the planning units");
            }

            // The last check: a row that passes it is accepted, so it is recorded at once.
            if (!fields.Failed && !seen.TryAdd(unit, year, record.At, out var first))
            {
                fields.Fail("unit_id", $"unit '{unit}' appears twice for {year} (first at {first})");
            }

            if (collector.Check(record, fields))
            {
                collector.Accept(new CensusRow(unit, year, residents));
            }
        }

        return collector.Result();
    }
}
