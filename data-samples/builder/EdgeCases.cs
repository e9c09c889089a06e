using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Facilities;
using MasterPlanEval.SampleBuilder.Mobility;
using MasterPlanEval.SampleBuilder.Population;

namespace MasterPlanEval.SampleBuilder;

/// <summary>Where the sample's edge cases are, found in the generated data (for the README and the summary).</summary>
public sealed record EdgeCases(
    IReadOnlyList<SubdistrictUnit> WithoutRailStation,
    int RailStationsInside,
    int RailStationsNear,
    IReadOnlyList<(SubdistrictUnit Unit, double AreaM2)> CrossingPieces,
    SubdistrictUnit BowTieUnit,
    double OutsideParcelInsideM2,
    double OutsideParcelOutsideM2,
    IReadOnlyList<GridCell> OutsideCells,
    Commute FirstLeaving,
    Commute FirstEntering,
    IReadOnlyList<FacilityPoint> Openings,
    int CommutesOver60)
{
    /// <summary>Stops the build when a promised edge case is missing (the README names each one).</summary>
    public EdgeCases Checked()
    {
        var problems = new List<string>();
        if (WithoutRailStation.Count == 0)
        {
            problems.Add("every sub-district has a metro station: move a seed so one has none");
        }

        if (CrossingPieces.Select(p => p.Unit.DistrictCode).Distinct().Count() < 2)
        {
            problems.Add("the crossing parcel does not cross the district border");
        }

        if (OutsideCells.Count is < 2 or > 3)
        {
            problems.Add($"{OutsideCells.Count} grid cells outside the city, expected 2–3");
        }

        if (OutsideParcelOutsideM2 <= 0 || Openings.All(f => f.YearOpen < 2023) || FirstLeaving.HomeCell is null || FirstEntering.WorkCell is null)
        {
            problems.Add("the outside parcel, a 2023/2024 opening or a leaving/entering commute is missing");
        }

        return problems.Count == 0 ? this : throw new InvalidDataException(string.Join("; ", problems));
    }

    public static EdgeCases Find(SampleData data)
    {
        var city = data.City;
        var locator = new UnitLocator(city);
        var rail = data.Facilities.Where(f => f.Type == "rail_station").Select(f => (Station: f, Unit: locator.Locate(f.Metres))).ToList();
        var crossing = data.Land.Parcels.Single(p => p.Id == data.Land.CrossingParcelId).Shape;
        var outside = data.Land.Parcels.Single(p => p.Id == data.Land.OutsideParcelId).Shape;
        var bowTie = data.Land.Parcels.Single(p => p.Id == data.Land.BowTieParcelId).Shape;
        var insideArea = outside.Intersection(city.Outline).Area;
        return new EdgeCases(
            city.Subdistricts.Where(s => rail.All(r => r.Unit?.Code != s.Code)).ToList(),
            rail.Count(r => r.Unit is not null),
            rail.Count(r => r.Unit is null),
            city.Subdistricts.Select(s => (s, crossing.Intersection(s.Shape).Area)).Where(p => p.Area > 1).ToList(),
            city.Subdistricts.Single(s => s.Shape.Contains(bowTie)),
            insideArea,
            outside.Area - insideArea,
            data.Grid.Cells.Where(c => c.SubdistrictCode is null).ToList(),
            data.Commutes.First(c => c.WorkCell is null),
            data.Commutes.First(c => c.HomeCell is null),
            data.Facilities.Where(f => f.YearOpen > SampleYears.Baseline).OrderBy(f => f.YearOpen).ThenBy(f => f.Id, StringComparer.Ordinal).ToList(),
            data.Commutes.Count(c => c.Minutes > 60));
    }
}
