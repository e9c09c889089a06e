using NetTopologySuite.Geometries;

namespace MasterPlanEval.Core.Model;

/// <summary>A planning control line polygon: the ecological red line or the urban development boundary.</summary>
public sealed record ControlLine(string Id, ControlLineKind Kind, Geometry Geometry);
