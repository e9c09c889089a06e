using MasterPlanEval.Core.Config;
using MasterPlanEval.Generator.City;
using MasterPlanEval.Generator.Facilities;
using MasterPlanEval.Generator.Land;
using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Mobility;
using MasterPlanEval.Generator.Output;
using MasterPlanEval.Generator.Plan;
using MasterPlanEval.Generator.Population;
using MasterPlanEval.Indicators.LandClasses;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator;

/// <summary>
/// Writes a plausible synthetic city in the input formats of the data contract: <c>units.geojson</c>,
/// <c>population_grid.parquet</c>, <c>census.csv</c>, <c>land_use.parquet</c>, <c>facilities.parquet</c>,
/// <c>commutes.parquet</c>, <c>control_lines.geojson</c>, <c>targets.yaml</c> and <c>evaluation.yaml</c>,
/// all in EPSG:4548 around Beijing. The same options give byte-identical files; commuters are streamed,
/// so memory stays bounded (two row groups of a million rows) whatever their number. Existing files of
/// those names in the folder are replaced, each one atomically.
/// </summary>
public static class CityGenerator
{
    public const string ConfigFile = "evaluation.yaml";

    public static async Task<GeneratedCity> GenerateAsync(GeneratorOptions options, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var scale = options.EffectiveScale;
        var seed = options.Seed;
        var catalog = Path.GetFullPath(options.CatalogDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var mapping = LandClassMapping.Load(Path.Combine(Path.GetDirectoryName(catalog)!, "land-classes"), LandClassTable.Classification);
        var outputs = new OutputFiles(Directory.CreateDirectory(options.OutDirectory).FullName);
        var clock = new StepClock(progress);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var factory = new GeometryFactory(new PrecisionModel(1000));
        var frame = CityFrame.For(scale);
        var form = new UrbanForm(frame, seed);
        var years = scale.Years.Order().ToList();
        clock.Report(FormattableString.Invariant(
            $"generating scale {scale.Name} (seed {seed}): {scale.SideKm} km square, {frame.CellCount:N0} cells, years {string.Join(", ", years)}, {scale.CommutersPerYear:N0} commuters a year, into {outputs.Directory}"));

        var units = await clock.TimeAsync("units", async () =>
        {
            var built = CityUnits.Build(frame, scale, seed, factory);
            await outputs.WriteAsync("units.geojson", built.Units.Count, s => GeoJsonFeatures.WriteAsync(s, built.Units.Select(u => (Properties(u), (Geometry?)u.Polygon))));
            rows[Datasets.PlanningUnits] = built.Units.Count;
            return built;
        }, u => FormattableString.Invariant($"{u.Districts.Count()} districts, {u.Subdistricts.Count} sub-districts, {u.Subdistricts.Average(s => s.Polygon!.NumPoints - 1):F0} vertices each"));

        var grid = await clock.TimeAsync("population_grid", async () =>
        {
            var built = PopulationGrid.Build(frame, form, scale, seed);
            rows[Datasets.PopulationGrid] = (long)built.CellIds.Length * years.Count;
            await outputs.WriteAsync("population_grid.parquet", rows[Datasets.PopulationGrid], s => PopulationGridFile.WriteAsync(s, built, cancellationToken));
            return built;
        }, g => FormattableString.Invariant($"{rows[Datasets.PopulationGrid]:N0} rows, {g.Residents[0].Sum():N0} residents and {g.Workers[0].Sum():N0} workers in {years[0]}"));

        var cellSubdistrict = new int[frame.CellCount];
        var census = await clock.TimeAsync("census", async () =>
        {
            var locator = new CellLocator(units.Subdistricts.Select(u => u.Polygon!).ToList(), factory);
            for (var cell = 0; cell < cellSubdistrict.Length; cell++)
            {
                cellSubdistrict[cell] = locator.Locate(grid.X(cell), grid.Y(cell));
                if (cellSubdistrict[cell] < 0)
                {
                    throw new InvalidOperationException($"cell {grid.CellIds[cell]} lies in no sub-district");
                }
            }

            var built = CensusTable.Build(units, grid, cellSubdistrict, seed);
            rows[Datasets.Census] = built.RowCount;
            await outputs.WriteTextAsync("census.csv", built.RowCount, built.ToCsv());
            return built;
        }, c => FormattableString.Invariant($"{c.RowCount:N0} rows"));

        var parcels = await clock.TimeAsync("land_use", async () =>
        {
            var built = ParcelLayer.Build(frame, form, scale, years, mapping, seed, factory);
            rows[Datasets.LandUse] = (long)built.Count * years.Count;
            await outputs.WriteAsync("land_use.parquet", rows[Datasets.LandUse], s => LandUseFile.WriteAsync(s, built, years, cancellationToken));
            return built;
        }, p => FormattableString.Invariant($"{p.Count:N0} parcels × {years.Count} years; urban-rural construction land {ConstructionKm2(p, mapping, 0):F1} km² in {years[0]}"));

        var placed = await clock.TimeAsync("facilities", async () =>
        {
            var built = FacilityPlacement.Place(frame, form, grid, scale, seed);
            rows[Datasets.Facilities] = built.Rows.Count;
            await outputs.WriteAsync("facilities.parquet", built.Rows.Count, s => FacilitiesFile.WriteAsync(s, built.Rows, cancellationToken));
            return built;
        }, f => FormattableString.Invariant($"{f.Rows.Count:N0} facilities of {f.Rows.Select(r => r.Type).Distinct().Count()} types"));

        await clock.TimeAsync("rail_lines", async () =>
        {
            var lines = placed.RailLines.Select(l => factory.CreateLineString(l.Select(p => new Coordinate(p.X, p.Y)).ToArray())).ToList();
            rows[Datasets.RailLines] = lines.Count;
            await outputs.WriteAsync("rail_lines.geojson", lines.Count, s => GeoJsonFeatures.WriteAsync(
                s, lines.Select((l, i) => ((IReadOnlyList<(string, string?)>)[("line_id", $"R{i + 1:D2}"), ("name", $"{i + 1}号线")], (Geometry?)l))));
            return lines;
        }, l => FormattableString.Invariant($"{l.Count} lines, {l.Sum(x => x.Length) / 1000:F0} km"));

        await clock.TimeAsync("control_lines", async () =>
        {
            var built = ControlLines.Build(frame, form, seed, factory);
            rows[Datasets.ControlLines] = built.Count;
            await outputs.WriteAsync("control_lines.geojson", built.Count, s => GeoJsonFeatures.WriteAsync(
                s, built.Select(l => ((IReadOnlyList<(string, string?)>)[("line_id", l.Id), ("kind", l.Kind)], (Geometry?)l.Polygon))));
            return built;
        }, l => string.Join(", ", l.GroupBy(x => x.Kind).Select(g => FormattableString.Invariant($"{g.Count()} {g.Key} ({g.Sum(x => x.Polygon.Area) / 1e6:F0} km²)"))));

        var cellDistrict = cellSubdistrict.Select(s => units.DistrictOfSubdistrict[s]).ToArray();
        var districtCount = units.Districts.Count();
        var tallies = await clock.TimeAsync("commutes", async () =>
        {
            IReadOnlyList<CommuteTally> result = [];
            rows[Datasets.Mobility] = scale.CommutersPerYear * years.Count;
            await outputs.WriteAsync("commutes.parquet", rows[Datasets.Mobility], async s =>
                result = await CommuteFile.WriteAsync(s, grid, cellDistrict, districtCount, scale.CommutersPerYear, seed, progress, cancellationToken));
            return result;
        }, t => FormattableString.Invariant($"{rows[Datasets.Mobility]:N0} rows; {years[0]}: {t[0].Describe()}"));

        await clock.TimeAsync("config", async () =>
        {
            var targets = Targets(units, census, parcels, mapping, tallies[0], years[0]);
            await outputs.WriteTextAsync("targets.yaml", 0, targets.Render(scale.Name, seed));
            await outputs.WriteTextAsync(ConfigFile, 0, EvaluationConfigDocument.Render(units.CityId, scale.Name, seed, years, catalog, units.Units.Where(u => u.Level == "district").Select(u => u.Id).ToList()));
            return targets;
        }, _ => "targets.yaml, evaluation.yaml");

        return new GeneratedCity(outputs.Directory, outputs.PathOf(ConfigFile), scale, seed, rows, outputs.Files, clock.Steps);
    }

    private static IReadOnlyList<(string, string?)> Properties(PlanningUnit unit) =>
        [("unit_id", unit.Id), ("parent_id", unit.ParentId), ("level", unit.Level), ("name_zh", unit.NameZh), ("name_en", unit.NameEn)];

    private static double ConstructionKm2(ParcelLayer parcels, LandClassMapping mapping, int yearIndex)
    {
        double area = 0;
        for (var i = 0; i < parcels.Count; i++)
        {
            if (mapping.Find(parcels.ClassesByYear[yearIndex][i])!.UrbanRuralConstruction)
            {
                area += parcels.Areas[i];
            }
        }

        return area / 1e6;
    }

    private static TargetsDocument Targets(CityUnits units, CensusTable census, ParcelLayer parcels, LandClassMapping mapping, CommuteTally commutes, int baselineYear)
    {
        var all = Enumerable.Range(0, units.Subdistricts.Count).ToList();
        var residents = census.Total(0, all);
        var core = all.Where(s => units.DistrictOfSubdistrict[s] == 0).ToList();
        var coreDensity = census.Total(0, core) / (core.Sum(s => units.Subdistricts[s].Polygon!.Area) / 1e6);
        var construction = ConstructionKm2(parcels, mapping, 0);
        var districts = units.Districts.ToList();
        var doc = new TargetsDocument(units.CityId, baselineYear)
            .Target("resident_population", units.CityId, "cap", ThreeFigures(residents * 1.05), residents)
            .Target("population_density", districts[0].Id, "cap", Math.Round(coreDensity * 0.9), Math.Round(coreDensity, 1))
            .Target("urban_rural_construction_land_area", units.CityId, "cap", Math.Round(construction * 0.95, 1), Math.Round(construction, 3))
            .Target("construction_land_in_eco_redline", units.CityId, "cap", 0)
            .Target("construction_land_outside_udb", units.CityId, "cap", Math.Round(construction * 0.15, 1))
            .Target("park_coverage_500m", units.CityId, "floor", 0.9)
            .Target("rail_station_coverage_800m", units.CityId, "floor", 0.5)
            .Target("clinic_coverage_1000m", units.CityId, "floor", 0.9);
        if (commutes.Rows > 0)
        {
            doc.Target("commute_share_within_45min", units.CityId, "floor", 0.8, Math.Round((double)commutes.Within45 / commutes.Rows, 4))
                .Target("commute_share_over_60min", units.CityId, "cap", 0.15, Math.Round((double)commutes.Over60 / commutes.Rows, 4))
                .Target("mean_commute_minutes", units.CityId, "cap", 40, Math.Round(commutes.MeanMinutes, 1));
            for (var d = 0; d < districts.Count; d++)
            {
                double? ratio = commutes.ByHomeDistrict[d] > 0 ? Math.Round((double)commutes.ByWorkDistrict[d] / commutes.ByHomeDistrict[d], 4) : null;
                doc.Target("jobs_housing_ratio", districts[d].Id, "band", 0.8, ratio, valueMax: 1.25);
            }
        }

        return doc;
    }

    private static double ThreeFigures(double value)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1))) - 2);
        return Math.Round(value / step) * step;
    }
}
