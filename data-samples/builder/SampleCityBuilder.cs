using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Facilities;
using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Land;
using MasterPlanEval.SampleBuilder.Mobility;
using MasterPlanEval.SampleBuilder.Plan;
using MasterPlanEval.SampleBuilder.Population;
using MasterPlanEval.SampleBuilder.Real;

namespace MasterPlanEval.SampleBuilder;

/// <summary>
/// Generates the sample city in a fixed order, each step with its own random stream: units, grid layout,
/// census, grid values, parcels, facilities, control lines, commutes, then the indicator check and targets.
/// </summary>
public static class SampleCityBuilder
{
    public static SampleData Build(RealData real, Gk117Projection projection)
    {
        var city = UnitsBuilder.Build(real, projection);
        var locator = new UnitLocator(city);
        var landmarks = Landmarks.Build(projection);
        var density = new DensitySurface(landmarks, projection);
        var cells = GridLayoutBuilder.Build(city, locator, density, projection, new SeededRandom(1));
        var census = CensusBuilder.Build(city, cells, new SeededRandom(2));
        var grid = new PopulationGrid(GridLayoutBuilder.Origin(cells), cells, GridValuesBuilder.Build(cells, census, new SeededRandom(3)));
        var land = ParcelsBuilder.Build(city, landmarks, projection, new SeededRandom(4));
        var facilities = FacilitiesBuilder.Build(city, landmarks, real.Stations, land.NewParkSite, projection, new SeededRandom(5));
        var lines = ControlLinesBuilder.Build(city, landmarks, projection);
        var commutes = CommutesBuilder.Build(grid, new SeededRandom(6));
        var indicators = IndicatorCheck.Compute(city, grid, census, land, facilities, lines, commutes);
        var targets = TargetsBuilder.Build(city, indicators);
        var railLines = RailLinesBuilder.Build(city, real.Lines, projection);
        return new SampleData(city, grid, census, facilities, land, lines, commutes, indicators, targets, railLines);
    }
}
