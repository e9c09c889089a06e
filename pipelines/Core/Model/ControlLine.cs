using NetTopologySuite.Geometries;

namespace MasterPlanEval.Core.Model;

/// <summary>A planning control line polygon: the ecological red line, the urban development boundary or the ecological control area.</summary>
public sealed record ControlLine(string Id, ControlLineKind Kind, Geometry Geometry);
