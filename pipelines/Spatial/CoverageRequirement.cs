namespace MasterPlanEval.Spatial;

/// <summary>A coverage flag the indicators need on every cell: a facility type within a radius.</summary>
public sealed record CoverageRequirement(string FacilityType, int RadiusMetres);
