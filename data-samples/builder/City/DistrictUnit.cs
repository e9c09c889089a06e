using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>A district: real adcode, names and 2020 census total; shape = union of its sub-districts.</summary>
public sealed record DistrictUnit(string Adcode, string NameZh, string NameEn, int Residents2020, Geometry Shape);
