namespace MasterPlanEval.Generator.Land;

/// <summary>Relative weights of one land-use code in the built-up core, on the rural plain and in the hills.</summary>
internal sealed record LandClassWeight(string Code, double Urban, double Rural, double Hill);
