using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>A control line (metres): id, kind as the contract names it, and a descriptive name.</summary>
public sealed record ControlLine(string LineId, string Kind, string NameZh, string NameEn, Geometry Shape);
