namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>A sub-district's NBS statistical code and name (china-division, MIT/WTFPL).</summary>
public sealed record SubdistrictCode(string Code, string NameZh, string DistrictCode);
