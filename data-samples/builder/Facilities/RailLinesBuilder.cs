using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Real;

namespace MasterPlanEval.SampleBuilder.Facilities;

/// <summary>
/// The real metro lines that serve the sample city: those with a station within <see cref="FacilitiesBuilder.RailSearchMetres"/>
/// of it, whole (the pipeline cuts them by sub-district). Straight between stations, so lengths run a little
/// short of the real track.
/// </summary>
public static class RailLinesBuilder
{
    public static IReadOnlyList<SubwayLine> Build(SampleCity city, IReadOnlyList<SubwayLine> lines, Gk117Projection projection) =>
        lines
            .Where(l => l.Path.Any(p => city.Outline.Distance(projection.Factory.CreatePoint(projection.ToMetres(p.Lon, p.Lat))) <= FacilitiesBuilder.RailSearchMetres))
            .ToList();
}
