namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>A land-use class: code, Chinese name, 建设用地 and 城乡建设用地 flags.</summary>
public sealed record LandClass(string Code, string NameZh, bool Construction, bool UrbanRural);
