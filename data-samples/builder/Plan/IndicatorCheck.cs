using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Facilities;
using MasterPlanEval.SampleBuilder.Land;
using MasterPlanEval.SampleBuilder.Mobility;
using MasterPlanEval.SampleBuilder.Population;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MasterPlanEval.SampleBuilder.Plan;

/// <summary>
/// The indicators of docs/indicators-v1.md for the city and both districts, computed here directly from
/// the generated data (metres, before any CRS conversion): an independent cross-check of the pipeline and
/// the source of the plausible 2020 baselines in targets.yaml.
/// </summary>
public static class IndicatorCheck
{
    public static IReadOnlyList<IndicatorValue> Compute(
        SampleCity city, PopulationGrid grid, IReadOnlyList<CensusValue> census, LandUse land,
        IReadOnlyList<FacilityPoint> facilities, IReadOnlyList<ControlLine> lines, IReadOnlyList<Commute> commutes)
    {
        var units = new List<(string Id, HashSet<string> Members)>
        {
            (city.Id, city.Subdistricts.Select(s => s.Code).ToHashSet(StringComparer.Ordinal)),
        };
        units.AddRange(city.Districts.Select(d => (d.Adcode, city.Subdistricts.Where(s => s.DistrictCode == d.Adcode).Select(s => s.Code).ToHashSet(StringComparer.Ordinal))));
        var cellUnit = grid.Inside.ToDictionary(c => c.Id, c => c.SubdistrictCode!, StringComparer.Ordinal);
        var eco = Union(lines.Where(l => l.Kind == "eco_redline"));
        var udb = Union(lines.Where(l => l.Kind == "urban_development_boundary"));
        var values = new List<IndicatorValue>();
        foreach (var year in SampleYears.All)
        {
            var pieces = Pieces(city, land, year, eco, udb);
            var cells = grid.Values.Where(v => v.Year == year && cellUnit.ContainsKey(v.CellId)).ToList();
            var centres = grid.Inside.ToDictionary(c => c.Id, c => c.Centre, StringComparer.Ordinal);
            var open = facilities.Where(f => f.YearOpen is null || f.YearOpen <= year).ToList();
            var yearCommutes = commutes.Where(c => c.Year == year).ToList();
            foreach (var (id, members) in units)
            {
                var residents = census.Where(c => c.Year == year && members.Contains(c.Code)).Sum(c => (double)c.Residents);
                var areaKm2 = city.Subdistricts.Where(s => members.Contains(s.Code)).Sum(s => s.Shape.Area) / 1e6;
                var urbanRural = pieces.Where(p => members.Contains(p.Unit) && LandClasses.ByCode[p.Code].UrbanRural).Sum(p => p.Area);
                var byHome = yearCommutes.Where(c => c.HomeCell is not null && members.Contains(cellUnit[c.HomeCell])).ToList();
                var byWork = yearCommutes.Where(c => c.WorkCell is not null && members.Contains(cellUnit[c.WorkCell])).ToList();
                var homePersons = byHome.Sum(c => (double)c.Persons);
                var unitCells = cells.Where(c => members.Contains(cellUnit[c.CellId])).ToList();
                double? Coverage(string type, double radius) => Ratio(
                    unitCells.Where(c => open.Any(f => f.Type == type && f.Metres.Distance(centres[c.CellId]) <= radius)).Sum(c => (double)c.Residents),
                    unitCells.Sum(c => (double)c.Residents));
                void Add(string indicator, double? value) => values.Add(new IndicatorValue(indicator, id, year, value));
                Add("resident_population", residents);
                Add("population_density", Ratio(residents, areaKm2));
                Add("urban_rural_construction_land_area", urbanRural / 1e6);
                Add("construction_land_per_capita", Ratio(urbanRural, residents));
                Add("jobs_housing_ratio", Ratio(byWork.Sum(c => (double)c.Persons), homePersons));
                Add("mean_commute_minutes", Ratio(byHome.Sum(c => (double)c.Persons * c.Minutes), homePersons));
                Add("commute_share_within_45min", Ratio(byHome.Where(c => c.Minutes <= 45).Sum(c => (double)c.Persons), homePersons));
                Add("commute_share_over_60min", Ratio(byHome.Where(c => c.Minutes > 60).Sum(c => (double)c.Persons), homePersons));
                Add("park_coverage_500m", Coverage("park", 500));
                Add("clinic_coverage_1000m", Coverage("clinic", 1000));
                Add("rail_station_coverage_800m", Coverage("rail_station", 800));
                Add("construction_land_in_eco_redline", pieces.Where(p => members.Contains(p.Unit) && LandClasses.ByCode[p.Code].Construction).Sum(p => p.InEco) / 1e6);
                Add("construction_land_outside_udb", pieces.Where(p => members.Contains(p.Unit) && LandClasses.ByCode[p.Code].Construction).Sum(p => p.OutsideUdb) / 1e6);
            }
        }

        return values;
    }

    private static List<(string Unit, string Code, double Area, double InEco, double OutsideUdb)> Pieces(SampleCity city, LandUse land, int year, Geometry eco, Geometry udb)
    {
        var pieces = new List<(string, string, double, double, double)>();
        foreach (var parcel in land.Parcels)
        {
            var shape = parcel.Id == land.BowTieParcelId && year == land.BowTieYear ? GeometryFixer.Fix(BowTie.From(parcel.Shape)) : parcel.Shape;
            foreach (var unit in city.Subdistricts.Where(s => s.Shape.EnvelopeInternal.Intersects(shape.EnvelopeInternal)))
            {
                var piece = shape.Intersection(unit.Shape);
                if (piece.Area > 0)
                {
                    pieces.Add((unit.Code, parcel.ClassByYear[year], piece.Area, piece.Intersection(eco).Area, piece.Difference(udb).Area));
                }
            }
        }

        return pieces;
    }

    private static Geometry Union(IEnumerable<ControlLine> lines) => lines.Select(l => l.Shape).Aggregate((a, b) => a.Union(b));

    private static double? Ratio(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator;
}
