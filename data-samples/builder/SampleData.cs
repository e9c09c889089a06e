using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Facilities;
using MasterPlanEval.SampleBuilder.Land;
using MasterPlanEval.SampleBuilder.Mobility;
using MasterPlanEval.SampleBuilder.Plan;
using MasterPlanEval.SampleBuilder.Population;
using MasterPlanEval.SampleBuilder.Real;

namespace MasterPlanEval.SampleBuilder;

/// <summary>Everything generated for the sample city, in metres, before it is written out.</summary>
public sealed record SampleData(
    SampleCity City,
    PopulationGrid Grid,
    IReadOnlyList<CensusValue> Census,
    IReadOnlyList<FacilityPoint> Facilities,
    LandUse Land,
    IReadOnlyList<ControlLine> ControlLines,
    IReadOnlyList<Commute> Commutes,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<PlanTarget> Targets,
    IReadOnlyList<SubwayLine> RailLines);
