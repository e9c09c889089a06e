using System.Globalization;
using System.Runtime.InteropServices;
using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Geometry work in NetTopologySuite, turned into plain fact tables: cells located in sub-districts with
/// coverage flags, each cell id's sub-district (commute ends are located through it by the engine), parcels
/// split by sub-district and measured against the control lines, plus the unit hierarchy and the evaluation scope.
/// </summary>
public static class SpatialStage
{
    private const double SquareMetresPerKm2 = 1_000_000;

    public static SpatialFacts Run(SpatialInputs inputs, IStageClock clock)
    {
        var years = inputs.Years.ToHashSet();
        var locator = clock.Time("spatial.index", () => new SubdistrictLocator(inputs.Units));
        var notes = new List<string>();
        if (!inputs.ControlLines.Any(l => l.Kind == ControlLineKind.EcoControlArea))
        {
            notes.Add("no eco_control_area polygon: the ecological control area share is 0 everywhere");
        }

        var numbers = SubdistrictNumbers.Of(inputs.Units);
        var (cells, outside, cellUnits, raster) = clock.Time("spatial.cells", () => CellFacts(inputs, years, numbers), r => r.Table.RowCount);
        var parcelsOutside = new List<Parcel>();
        var land = LandFacts(inputs, years, numbers, raster, notes, parcelsOutside, clock);
        return new SpatialFacts(
            [
                cells, CellUnits.Table(cellUnits, numbers), CensusFacts(inputs, years, numbers), UnitFacts(inputs, numbers), land,
                clock.Time("spatial.rail", () => RailFacts.Build(inputs.RailLines, locator, inputs.Years, numbers), t => t.RowCount),
                HierarchyFacts(inputs.Units, numbers), ScopeFacts(inputs),
            ],
            numbers,
            outside,
            parcelsOutside,
            notes);
    }

    private static (FactTable Table, List<GridCell> Outside, Dictionary<string, string?> CellUnits, SubdistrictRaster Raster) CellFacts(
        SpatialInputs inputs, HashSet<int> years, SubdistrictNumbers numbers)
    {
        var cellUnits = new Dictionary<string, string?>(inputs.Cells.Count, StringComparer.Ordinal);
        var outside = new List<GridCell>();
        var placed = new List<GridCell>();
        var placedUnits = new List<long?>();

        // On one thread: the raster answers most cells by a lookup, far cheaper than handing them to other cores.
        var raster = new SubdistrictRaster(inputs.Units);
        var located = inputs.Cells.Select(c => raster.Locate(c.X, c.Y)).ToArray();
        for (var i = 0; i < inputs.Cells.Count; i++)
        {
            var (cell, unit) = (inputs.Cells[i], located[i]);
            // A cell id of several years takes the first sub-district found in any of them.
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(cellUnits, cell.CellId, out _);
            known ??= unit;

            if (unit is null)
            {
                outside.Add(cell);
                continue;
            }

            if (years.Contains(cell.Year))
            {
                placed.Add(cell);
                placedUnits.Add(numbers.Of(unit));
            }
        }

        var columns = new List<FactColumn>
        {
            new IntegerColumn(FactSchemas.SubdistrictKey, placedUnits.ToArray()),
            new NumberColumn("year", placed.Select(c => (double)c.Year).ToArray()),
            new TextColumn("cell_id", placed.Select(c => (string?)c.CellId).ToArray()),
            new NumberColumn("residents", placed.Select(c => c.Residents).ToArray()),
            new NumberColumn("workers", placed.Select(c => c.Workers).ToArray()),
        };
        var requirements = inputs.Coverage.Distinct().ToList();
        var flags = CoverageFlags.Columns(placed, inputs.Facilities, requirements);
        columns.AddRange(requirements.Select((r, k) => new NumberColumn(FactSchemas.CoverageColumnName(r.FacilityType, r.RadiusMetres), flags[k])));
        return (new FactTable(FactSchemas.Cells.Table, columns), outside, cellUnits, raster);
    }

    private static FactTable CensusFacts(SpatialInputs inputs, HashSet<int> years, SubdistrictNumbers numbers)
    {
        var rows = inputs.Census.Where(c => years.Contains(c.Year)).ToList();
        return new FactTable(FactSchemas.Census.Table,
        [
            new IntegerColumn(FactSchemas.SubdistrictKey, rows.Select(r => numbers.Of(r.UnitId)).ToArray()),
            new NumberColumn("year", rows.Select(r => (double)r.Year).ToArray()),
            new NumberColumn("residents", rows.Select(r => r.Residents).ToArray()),
        ]);
    }

    private static FactTable UnitFacts(SpatialInputs inputs, SubdistrictNumbers numbers)
    {
        var ecoControl = new ControlLineArea(inputs.ControlLines.Where(l => l.Kind == ControlLineKind.EcoControlArea).Select(l => l.Geometry).ToList());
        var rows = inputs.Units.Where(u => u.Level == UnitLevel.Subdistrict)
            .Select(u => (u.Id, Area: u.Geometry!.Area / SquareMetresPerKm2, EcoControl: ecoControl.AreaInside(u.Geometry!) / SquareMetresPerKm2))
            .SelectMany(u => inputs.Years.Select(y => (u.Id, Year: y, u.Area, u.EcoControl)))
            .ToList();
        return new FactTable(FactSchemas.Units.Table,
        [
            new IntegerColumn(FactSchemas.SubdistrictKey, rows.Select(r => numbers.Of(r.Id)).ToArray()),
            new NumberColumn("year", rows.Select(r => (double)r.Year).ToArray()),
            new NumberColumn("area_km2", rows.Select(r => r.Area).ToArray()),
            new NumberColumn("area_in_eco_control_km2", rows.Select(r => r.EcoControl).ToArray()),
        ]);
    }

    private static FactTable LandFacts(
        SpatialInputs inputs, HashSet<int> years, SubdistrictNumbers numbers, SubdistrictRaster raster, List<string> notes, List<Parcel> outside, IStageClock clock)
    {
        var redline = new ControlLineArea(inputs.ControlLines.Where(l => l.Kind == ControlLineKind.EcoRedline).Select(l => l.Geometry).ToList());
        var boundary = new ControlLineArea(inputs.ControlLines.Where(l => l.Kind == ControlLineKind.UrbanDevelopmentBoundary).Select(l => l.Geometry).ToList());
        if (boundary.IsEmpty)
        {
            notes.Add("no urban_development_boundary polygon: all construction land counts as outside the boundary");
        }

        if (redline.IsEmpty)
        {
            notes.Add("no eco_redline polygon: no construction land can lie inside the ecological red line");
        }

        notes.AddRange(clock.Time("spatial.land.overlaps", () => OverlapNotes(inputs, years)));
        var parcels = inputs.Parcels.Where(p => years.Contains(p.Year)).ToList();
        var pieces = clock.Time(
            "spatial.land.split",
            () => OrderedParallel.Map(
                    parcels,
                    () => new SubdistrictLocator(inputs.Units),
                    (l, p) => Split(raster, l, p.Geometry).Select(s => (Parcel: p, s.SubdistrictId, s.Piece)).ToList())
                .SelectMany(p => p)
                .ToList(),
            p => p.Count);
        var split = pieces.Select(p => p.Parcel).ToHashSet(ReferenceEqualityComparer.Instance);
        outside.AddRange(parcels.Where(p => !split.Contains(p)));
        var density = SubdistrictDensity(inputs);
        return clock.Time("spatial.land.control_lines", () =>
        {
            var areas = OrderedParallel.Map(pieces, () => (Redline: redline.Copy(), Boundary: boundary.Copy()), (lines, p) =>
                (InRedline: lines.Redline.AreaInside(p.Piece), OutsideBoundary: Math.Max(0, p.Piece.Area - lines.Boundary.AreaInside(p.Piece))));
            return new FactTable(FactSchemas.Land.Table,
        [
            new IntegerColumn(FactSchemas.SubdistrictKey, pieces.Select(p => numbers.Of(p.SubdistrictId)).ToArray()),
            new NumberColumn("year", pieces.Select(p => (double)p.Parcel.Year).ToArray()),
            new TextColumn("parcel_id", pieces.Select(p => (string?)p.Parcel.Id).ToArray()),
            new TextColumn("class_code", pieces.Select(p => (string?)p.Parcel.ClassCode).ToArray()),
            new TextColumn("category", pieces.Select(p => (string?)p.Parcel.Class.Category).ToArray()),
            new NumberColumn("construction", pieces.Select(p => p.Parcel.Class.Construction ? 1.0 : 0.0).ToArray()),
            new NumberColumn("urban_rural_construction", pieces.Select(p => p.Parcel.Class.UrbanRuralConstruction ? 1.0 : 0.0).ToArray()),
            new NumberColumn("area_km2", pieces.Select(p => p.Piece.Area / SquareMetresPerKm2).ToArray()),
            new NumberColumn("area_in_eco_redline_km2", areas.Select(a => a.InRedline / SquareMetresPerKm2).ToArray()),
            new NumberColumn("area_outside_udb_km2", areas.Select(a => a.OutsideBoundary / SquareMetresPerKm2).ToArray()),
            new NumberColumn("subdistrict_density", pieces.Select(p => density.GetValueOrDefault((p.SubdistrictId, p.Parcel.Year), double.NaN)).ToArray()),
        ]);
        }, t => t.RowCount);
    }

    // The raster places most parcels (far from every sub-district boundary) with a few lookups, as the locator would.
    private static IEnumerable<(string SubdistrictId, Geometry Piece)> Split(SubdistrictRaster raster, SubdistrictLocator locator, Geometry parcel) =>
        !raster.TryLocateEnvelope(parcel.EnvelopeInternal, out var subdistrict) ? locator.Split(parcel)
        : subdistrict is null ? []
        : [(subdistrict, parcel)];

    // Overlapping parcels stay in the land table (which of two is right is not ours to guess), but the manifest says
    // how much land they count twice, per evaluated year.
    private static List<string> OverlapNotes(SpatialInputs inputs, HashSet<int> years)
    {
        var notes = new List<string>();
        foreach (var year in years.Order())
        {
            var parcels = inputs.Parcels.Where(p => p.Year == year).ToList();
            var overlap = ParcelOverlaps.Find(parcels.Select(p => p.Geometry).ToList());
            if (overlap.First is var (a, b))
            {
                notes.Add(
                    $"land_use {year}: {overlap.Parcels} parcels overlap others, {Area(overlap.AreaM2)} counted twice " +
                    $"(first: '{parcels[a].Id}' and '{parcels[b].Id}'); area sums of that year include it");
            }
        }

        return notes;
    }

    private static string Area(double squareMetres) => squareMetres < 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{squareMetres:0} m²")
        : string.Create(CultureInfo.InvariantCulture, $"{squareMetres / SquareMetresPerKm2:0.####} km²");

    // Census residents per km² of each sub-district and year; a sub-district without census has none (NaN → NULL).
    private static Dictionary<(string, int), double> SubdistrictDensity(SpatialInputs inputs)
    {
        var areas = inputs.Units.Where(u => u.Level == UnitLevel.Subdistrict).ToDictionary(u => u.Id, u => u.Geometry!.Area / SquareMetresPerKm2);
        return inputs.Census
            .GroupBy(c => (c.UnitId, c.Year))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Residents) / areas[g.Key.UnitId]);
    }

    private static FactTable HierarchyFacts(IReadOnlyList<PlanningUnit> units, SubdistrictNumbers numbers)
    {
        var byId = units.ToDictionary(u => u.Id);
        var rows = units.Where(u => u.Level == UnitLevel.Subdistrict)
            .Select(s => (Sub: s.Id, District: s.ParentId!, City: byId[s.ParentId!].ParentId!))
            .ToList();
        return new FactTable(FactSchemas.HierarchyTable,
        [
            new IntegerColumn(FactSchemas.SubdistrictKey, rows.Select(r => numbers.Of(r.Sub)).ToArray()),
            new TextColumn("subdistrict_id", rows.Select(r => (string?)r.Sub).ToArray()),
            new TextColumn("district_id", rows.Select(r => (string?)r.District).ToArray()),
            new TextColumn("city_id", rows.Select(r => (string?)r.City).ToArray()),
        ]);
    }

    private static FactTable ScopeFacts(SpatialInputs inputs)
    {
        var rows = inputs.Units.SelectMany(u => inputs.Years.Select(y => (Level: u.Level.ToText(), u.Id, Year: y))).ToList();
        return new FactTable(FactSchemas.ScopeTable,
        [
            new TextColumn("level", rows.Select(r => (string?)r.Level).ToArray()),
            new TextColumn("unit_id", rows.Select(r => (string?)r.Id).ToArray()),
            new NumberColumn("year", rows.Select(r => (double)r.Year).ToArray()),
        ]);
    }
}
