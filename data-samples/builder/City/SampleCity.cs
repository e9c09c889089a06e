using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>The sample city: two districts, their sub-districts, all geometry in EPSG:4548 metres.</summary>
public sealed record SampleCity(
    string Id,
    string NameZh,
    string NameEn,
    IReadOnlyList<DistrictUnit> Districts,
    IReadOnlyList<SubdistrictUnit> Subdistricts,
    Geometry Outline);
