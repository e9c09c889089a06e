using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.City;

/// <summary>A row of <c>units.geojson</c>; only sub-districts carry a polygon.</summary>
internal sealed record PlanningUnit(string Id, string? ParentId, string Level, string NameZh, string NameEn, Polygon? Polygon);
