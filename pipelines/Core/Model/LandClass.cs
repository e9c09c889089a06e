namespace MasterPlanEval.Core.Model;

/// <summary>What a land-use code means to the indicators (see indicators/land-classes/).</summary>
public sealed record LandClass(string Code, string Category, bool Construction, bool UrbanRuralConstruction);
