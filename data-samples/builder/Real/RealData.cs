namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>The real inputs the sample is built on (all from data-real, see its README for sources).</summary>
public sealed record RealData(
    IReadOnlyList<DistrictCensus> Districts,
    IReadOnlyList<SubdistrictCode> Subdistricts,
    IReadOnlyList<SubwayStation> Stations,
    IReadOnlyList<SubwayLine> Lines);
