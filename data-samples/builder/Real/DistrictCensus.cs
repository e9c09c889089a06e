namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>A district's 2020 census resident population (leiii/census, MIT).</summary>
public sealed record DistrictCensus(string Adcode, string NameZh, string NameEn, int Residents2020);
