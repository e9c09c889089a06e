using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest.Sources;
using MasterPlanEval.Ingest.Validation;

namespace MasterPlanEval.Ingest.Readers;

/// <summary>
/// Reads commuting rows. An end that is empty or not a grid cell is outside the city; a row with neither
/// end inside is rejected, since it says nothing about the city.
/// </summary>
public static class MobilityReader
{
    public const double MaxMinutes = 300;

    private static readonly string[] Required = ["year", "home_cell", "work_cell", "minutes", "mode"];

    public static DatasetResult<Commute> Read(InputSpec spec, IReadOnlySet<string> cellIds)
    {
        var source = InputFileReader.Open(spec.Path, spec.Dataset, Required, spatial: false);
        var collector = new DatasetCollector<Commute>(spec.Dataset, spec.Path);
        foreach (var record in source.Records)
        {
            collector.Counted();
            var fields = new FieldReader(record);
            var year = fields.Year();
            var home = fields.OptionalText("home_cell");
            var work = fields.OptionalText("work_cell");
            var minutes = fields.Number("minutes", min: 0, max: MaxMinutes, minExclusive: true);
            var mode = fields.Text("mode");
            var persons = fields.OptionalNumber("persons", min: 0, minExclusive: true) ?? 1;
            var distance = fields.OptionalNumber("distance_km", min: 0);
            if (!fields.Failed && !CommuteModes.All.Contains(mode))
            {
                fields.Fail("mode", $"unknown mode '{mode}' (known: {string.Join(", ", CommuteModes.All)})");
            }

            var homeInside = home is not null && cellIds.Contains(home);
            var workInside = work is not null && cellIds.Contains(work);
            if (!fields.Failed && !homeInside && !workInside)
            {
                fields.Fail("home_cell", $"neither home_cell '{home}' nor work_cell '{work}' is a cell of the population grid");
            }

            if (collector.Check(record, fields))
            {
                collector.Accept(new Commute(year, homeInside ? home : null, workInside ? work : null, minutes, mode, persons, distance));
            }
        }

        return collector.Result();
    }
}
