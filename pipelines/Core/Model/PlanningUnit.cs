using NetTopologySuite.Geometries;

namespace MasterPlanEval.Core.Model;

/// <summary>A city, district or sub-district. Geometry is in the working CRS; only sub-districts need it.</summary>
public sealed record PlanningUnit(string Id, string? ParentId, UnitLevel Level, LocalizedName Name, Geometry? Geometry);
