using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb;
using MasterPlanEval.Indicators.Catalog;
using MasterPlanEval.Tests.Support;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// The shipped catalog, and a <see cref="FactScenario"/> turned into the fact tables (same columns as the
/// spatial stage writes) and evaluated on a fresh in-memory DuckDB engine.
/// </summary>
internal static class ScenarioFacts
{
    public static IndicatorCatalog Catalog { get; } = CatalogLoader.Load(RepoPaths.Catalog);

    /// <summary>Coverage columns (<c>covered_park_500m</c>, …) the catalog's formulas read.</summary>
    public static IReadOnlyList<string> CoverageColumns { get; } = Catalog.Plans.Values
        .SelectMany(p => PlanWalker.Columns(p.Formula))
        .Where(c => FactSchemas.TryParseCoverageColumn(c, out _, out _))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Commute end flags (<c>home_covered_rail_station_800m</c>, …) the catalog's formulas read.</summary>
    public static IReadOnlyList<string> EndColumns { get; } = Catalog.Plans.Values
        .SelectMany(p => PlanWalker.Columns(p.Formula))
        .Where(c => FactSchemas.TryParseEndColumn(c, out _, out _))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Evaluates the given indicators on the scenario with a DuckDB engine of its own.</summary>
    public static IReadOnlyList<IndicatorValue> Evaluate(FactScenario scenario, IEnumerable<string> indicatorIds)
    {
        using var engine = new DuckDbEngine();
        foreach (var table in Tables(scenario))
        {
            engine.Load(table);
        }

        return indicatorIds.SelectMany(id => engine.Evaluate(Catalog.Plans[id])).ToList();
    }

    public static IReadOnlyList<FactTable> Tables(FactScenario s)
    {
        var subdistricts = s.Subdistricts;
        var units = subdistricts
            .SelectMany((sub, i) => FactScenario.Years.Select(y => (Sub: sub, Year: y, Area: s.SubdistrictAreasKm2[i], EcoControl: s.SubdistrictAreasKm2[i] * s.EcoControlShares[i])))
            .ToList();
        var scope = subdistricts.Select(u => (Level: "subdistrict", Unit: u))
            .Concat(s.Districts.Select(d => (Level: "district", Unit: d)))
            .Append((Level: "city", Unit: FactScenario.CityId))
            .SelectMany(u => FactScenario.Years.Select(y => (u.Level, u.Unit, Year: y)))
            .ToList();
        var cellColumns = new List<FactColumn>
        {
            Key(s, s.Cells.Select(c => c.SubdistrictId)),
            Number("year", s.Cells.Select(c => (double)c.Year)),
            Text("cell_id", s.Cells.Select((_, i) => $"cell{i}")),
            Number("residents", s.Cells.Select(c => c.Residents)),
            Number("workers", s.Cells.Select(c => c.Workers)),
        };
        cellColumns.AddRange(CoverageColumns.Select(column => Number(column, s.Cells.Select(c => (double)c.Coverage[column]))));
        return
        [
            new FactTable(FactSchemas.Cells.Table, cellColumns),
            new FactTable(FactSchemas.Census.Table,
            [
                Key(s, s.Census.Select(c => c.SubdistrictId)),
                Number("year", s.Census.Select(c => (double)c.Year)),
                Number("residents", s.Census.Select(c => c.Residents)),
            ]),
            new FactTable(FactSchemas.Units.Table,
            [
                Key(s, units.Select(u => u.Sub)),
                Number("year", units.Select(u => (double)u.Year)),
                Number("area_km2", units.Select(u => u.Area)),
                Number("area_in_eco_control_km2", units.Select(u => u.EcoControl)),
            ]),
            new FactTable(FactSchemas.Rail.Table,
            [
                Key(s, s.Rail.Select(r => r.SubdistrictId)),
                Number("year", s.Rail.Select(r => (double)r.Year)),
                Text("line_id", s.Rail.Select((_, i) => $"L{i}")),
                Number("length_km", s.Rail.Select(r => r.LengthKm)),
            ]),
            new FactTable(FactSchemas.Land.Table,
            [
                Key(s, s.Land.Select(p => p.SubdistrictId)),
                Number("year", s.Land.Select(p => (double)p.Year)),
                Text("parcel_id", s.Land.Select((_, i) => $"p{i}")),
                Text("class_code", s.Land.Select(p => p.UrbanRuralConstruction == 1 ? "0701" : p.Construction == 1 ? "1001" : "0101")),
                Text("category", s.Land.Select(p => p.UrbanRuralConstruction == 1 ? "residential" : p.Construction == 1 ? "transport" : "farmland")),
                Number("construction", s.Land.Select(p => (double)p.Construction)),
                Number("urban_rural_construction", s.Land.Select(p => (double)p.UrbanRuralConstruction)),
                Number("area_km2", s.Land.Select(p => p.AreaKm2)),
                Number("area_in_eco_redline_km2", s.Land.Select(p => p.AreaInEcoRedlineKm2)),
                Number("area_outside_udb_km2", s.Land.Select(p => p.AreaOutsideUdbKm2)),
                Number("subdistrict_density", s.Land.Select(p => Density(s, p.SubdistrictId, p.Year))),
            ]),
            new FactTable(FactSchemas.CommutesByHome.Table, CommuteColumns(s)),
            new FactTable(FactSchemas.HierarchyTable,
            [
                new IntegerColumn("subdistrict_no", subdistricts.Select(Numbers(s).Of).ToArray()),
                Text("subdistrict_id", subdistricts),
                Text("district_id", s.DistrictOfSubdistrict),
                Text("city_id", subdistricts.Select(_ => FactScenario.CityId)),
            ]),
            FactSchemas.ZoneMembers([], Numbers(s)),
            new FactTable(FactSchemas.ScopeTable,
            [
                Text("level", scope.Select(u => u.Level)),
                Text("unit_id", scope.Select(u => u.Unit)),
                Number("year", scope.Select(u => (double)u.Year)),
            ]),
        ];
    }

    // End flags vary with the row (every combination of home and work within four rows), so a share of
    // commutes with both ends covered meets both of its bounds across the scenarios.
    private static List<FactColumn> CommuteColumns(FactScenario s)
    {
        var columns = new List<FactColumn>
        {
            Number("year", s.Commutes.Select(c => (double)c.Year)),
            new IntegerColumn("home_subdistrict_no", s.Commutes.Select(c => Numbers(s).Of(c.HomeSubdistrictId)).ToArray()),
            new IntegerColumn("work_subdistrict_no", s.Commutes.Select(c => Numbers(s).Of(c.WorkSubdistrictId)).ToArray()),
            Text("home_cell", s.Commutes.Select(_ => (string?)null)),
            Text("work_cell", s.Commutes.Select(_ => (string?)null)),
            Number("minutes", s.Commutes.Select(c => c.Minutes)),
            Number("persons", s.Commutes.Select(c => c.Persons)),
            Text("mode", s.Commutes.Select(_ => "bus")),
            Number("distance_km", s.Commutes.Select(_ => double.NaN)),
        };
        columns.AddRange(EndColumns.Select(column => Number(
            column, s.Commutes.Select((c, i) => column.StartsWith("home_", StringComparison.Ordinal) ? i % 2 : (i / 2) % 2).Select(f => (double)f))));
        return columns;
    }

    private static TextColumn Text(string name, IEnumerable<string?> values) => new(name, values.ToArray());

    // The spatial stage keys its fact tables by sub-district number.
    private static IntegerColumn Key(FactScenario s, IEnumerable<string?> subdistrictIds) =>
        new(FactSchemas.SubdistrictKey, subdistrictIds.Select(Numbers(s).Of).ToArray());

    private static SubdistrictNumbers Numbers(FactScenario s) => SubdistrictNumbers.OfIds(s.Subdistricts.OfType<string>());

    private static NumberColumn Number(string name, IEnumerable<double> values) => new(name, values.ToArray());

    // As the spatial stage measures it: census residents per km² of the sub-district; NaN (NULL) without census.
    private static double Density(FactScenario s, string subdistrictId, int year)
    {
        var census = s.Census.Where(c => c.SubdistrictId == subdistrictId && c.Year == year).ToList();
        var index = int.Parse(subdistrictId[1..], System.Globalization.CultureInfo.InvariantCulture);
        return census.Count == 0 ? double.NaN : census.Sum(c => c.Residents) / s.SubdistrictAreasKm2[index];
    }
}
