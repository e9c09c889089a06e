using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.Plan;

/// <summary>A row of <c>control_lines.geojson</c>: <c>eco_redline</c> or <c>urban_development_boundary</c>.</summary>
internal sealed record ControlLine(string Id, string Kind, Polygon Polygon);
