using System.Collections.Concurrent;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Indicators.LandClasses;
using MasterPlanEval.Ingest.Crs;
using MasterPlanEval.Ingest.Readers;
using MasterPlanEval.Ingest.Zones;

namespace MasterPlanEval.Ingest;

/// <summary>
/// Reads and validates every input of an evaluation. Units come first (everything hangs on them); the inputs that
/// do not need them are read meanwhile, each on its own thread (<see cref="ConcurrentRead{T}"/>), and taken in the
/// order they would be read one after another, so the first error in that order stops the run as before. The
/// mobility file is only opened and its header checked here: its rows are read and checked by the engine. Whatever
/// stops the run stops it here, before any output.
/// </summary>
public static class IngestStage
{
    public static IngestedData Run(EvaluationConfig config, string landClassDirectory)
    {
        var working = CrsText.Validated(config.WorkingCrs);
        // Written by the reads running side by side (ConcurrentRead).
        var crs = new ConcurrentDictionary<string, CrsDefinition>(StringComparer.Ordinal);

        // Each spatial input is read in the CRS its config and file settle on (InputCrs); readers name it in messages.
        T Spatial<T>(InputSpec spec, Func<InputSpec, CoordinateTransformer, T> read)
        {
            var source = InputCrs.Resolve(spec, config.ConfigPath);
            crs[spec.Dataset] = source;
            return read(spec with { Crs = source.Name }, new CoordinateTransformer(source, working));
        }

        var grid = Start(config, Datasets.PopulationGrid, spec => Spatial(spec, PopulationGridReader.Read))!;
        var landUse = Start(config, Datasets.LandUse, spec =>
            Spatial(spec, (named, to) => LandUseReader.Read(named, to, LandClassMapping.Load(landClassDirectory, spec.Classification!))));
        var facilities = Start(config, Datasets.Facilities, spec => Spatial(spec, FacilitiesReader.Read));
        var mobility = Start(config, Datasets.Mobility, MobilityReader.Open);
        var controlLines = Start(config, Datasets.ControlLines, spec => Spatial(spec, ControlLinesReader.Read));
        var railLines = Start(config, Datasets.RailLines, spec => Spatial(spec, RailLinesReader.Read));
        try
        {
            var units = Spatial(config.Input(Datasets.PlanningUnits), PlanningUnitsReader.Read);
            var zones = ZoneUnits.Resolve(config, units.Accepted);
            var subdistricts = units.Accepted.Where(u => u.Level == UnitLevel.Subdistrict).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
            var gridResult = grid.Result();
            var census = CensusReader.Read(config.Input(Datasets.Census), subdistricts);
            var landUseResult = landUse?.Result();
            var facilitiesResult = facilities?.Result();
            var mobilityResult = mobility?.Result();
            CheckOutsideMarker(config, gridResult.Accepted);
            var controlLinesResult = controlLines?.Result();
            var railLinesResult = railLines?.Result();
            return new IngestedData(units, gridResult, census, landUseResult, facilitiesResult, mobilityResult, controlLinesResult, railLinesResult, zones)
            {
                InputCrs = new Dictionary<string, CrsDefinition>(crs, StringComparer.Ordinal),
            };
        }
        finally
        {
            grid.Settle();
            landUse?.Settle();
            facilities?.Settle();
            mobility?.Settle();
            controlLines?.Settle();
            railLines?.Settle();
        }
    }

    // A marker that is also a cell id would silently send that cell's commutes out of the city.
    private static void CheckOutsideMarker(EvaluationConfig config, IReadOnlyList<GridCell> cells)
    {
        var marker = config.Inputs.GetValueOrDefault(Datasets.Mobility)?.OutsideMarker;
        if (marker is not null && cells.Any(c => c.CellId == marker))
        {
            throw new EvaluationException(
                ErrorCategory.Config,
                $"outside_marker '{marker}' is also a cell_id of population_grid: choose a marker no cell has",
                new SourceLocation(config.ConfigPath, null, "inputs.mobility.outside_marker"));
        }
    }

    private static ConcurrentRead<T>? Start<T>(EvaluationConfig config, string dataset, Func<InputSpec, T> read)
        where T : class =>
        config.Inputs.TryGetValue(dataset, out var spec) ? new ConcurrentRead<T>(() => read(spec)) : null;
}
