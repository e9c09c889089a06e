using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Quality;
using MasterPlanEval.Ingest;
using MasterPlanEval.Spatial;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Reads off the validated inputs and spatial facts which inputs have rows in each evaluated year, and which
/// sub-districts an input that should cover them all leaves out: the census every sub-district; the grid and the
/// land use every sub-district that has cells (in any year of the grid) or parcels (in another evaluated year).
/// Inputs without a year (facilities, rail, control lines) count for every year when they have any row.
/// The commutes are read by the engine: their years join later (<see cref="InputCoverage.WithInput"/>).
/// </summary>
public static class InputCoverageScan
{
    public static InputCoverage Scan(IngestedData data, SpatialFacts facts, IReadOnlyList<int> years)
    {
        var subdistricts = data.Units.Accepted.Where(u => u.Level == UnitLevel.Subdistrict).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var cells = UnitYears(facts.Tables.Single(t => t.Name == FactSchemas.Cells.Table), facts.Numbers);
        var land = UnitYears(facts.Tables.Single(t => t.Name == FactSchemas.Land.Table), facts.Numbers);
        var census = data.Census.Accepted.Select(c => (c.UnitId, c.Year)).ToHashSet();
        var cellUnits = facts.Tables.Single(t => t.Name == FactSchemas.CellUnitsTable).Text("subdistrict_id").OfType<string>().ToHashSet(StringComparer.Ordinal);

        var available = new HashSet<(string, int)>();
        var missing = new Dictionary<(string, int), IReadOnlySet<string>>();
        void Yearly(string input, HashSet<(string Unit, int Year)> rows, IReadOnlySet<string> expected)
        {
            foreach (var year in years.Where(y => rows.Any(r => r.Year == y)))
            {
                available.Add((input, year));
                missing[(input, year)] = expected.Where(u => !rows.Contains((u, year))).ToHashSet(StringComparer.Ordinal);
            }
        }

        void Timeless(string input, bool hasRows)
        {
            if (hasRows)
            {
                available.UnionWith(years.Select(y => (input, y)));
            }
        }

        Timeless(Datasets.PlanningUnits, true);
        Yearly(Datasets.Census, census, subdistricts);
        Yearly(Datasets.PopulationGrid, cells, cellUnits);
        Yearly(Datasets.LandUse, land, land.Select(r => r.Unit).ToHashSet(StringComparer.Ordinal));
        Timeless(Datasets.Facilities, data.Facilities?.Accepted.Count > 0);
        Timeless(Datasets.RailLines, data.RailLines?.Accepted.Count > 0);
        var kinds = data.ControlLines?.Accepted.Select(l => l.Kind).ToHashSet() ?? [];
        Timeless(FactDatasets.EcoRedline, kinds.Contains(ControlLineKind.EcoRedline));
        Timeless(FactDatasets.UrbanDevelopmentBoundary, kinds.Contains(ControlLineKind.UrbanDevelopmentBoundary));
        Timeless(FactDatasets.EcoControlArea, kinds.Contains(ControlLineKind.EcoControlArea));
        return new InputCoverage(available, missing, SubdistrictsOf(data, subdistricts));
    }

    // The (sub-district id, year) pairs a fact table has rows for: its keys are numbers, the coverage names ids.
    private static HashSet<(string Unit, int Year)> UnitYears(FactTable table, SubdistrictNumbers numbers)
    {
        var units = table.Integer(FactSchemas.SubdistrictKey);
        var years = table.Number("year");
        return Enumerable.Range(0, table.RowCount)
            .Where(i => units[i] is not null)
            .Select(i => (Unit: units[i]!.Value, Year: (int)years[i]))
            .Distinct()
            .Select(r => (numbers.IdOf(r.Unit), r.Year))
            .ToHashSet();
    }

    private static Dictionary<string, IReadOnlySet<string>> SubdistrictsOf(IngestedData data, HashSet<string> subdistricts)
    {
        var units = data.Units.Accepted;
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            result[unit.Id] = unit.Level switch
            {
                UnitLevel.Subdistrict => new HashSet<string>(StringComparer.Ordinal) { unit.Id },
                UnitLevel.District => units.Where(u => u.Level == UnitLevel.Subdistrict && u.ParentId == unit.Id).Select(u => u.Id).ToHashSet(StringComparer.Ordinal),
                _ => subdistricts,
            };
        }

        foreach (var zone in data.Zones)
        {
            result[zone.Unit.Id] = zone.SubdistrictIds.ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }
}
