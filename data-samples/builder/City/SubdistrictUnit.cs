using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>A sub-district: real 9-digit code and name, schematic shape (Voronoi cell clipped to the district).</summary>
public sealed record SubdistrictUnit(string Code, string DistrictCode, string NameZh, string NameEn, Geometry Shape);
