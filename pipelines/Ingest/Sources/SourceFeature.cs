using NetTopologySuite.Geometries;

namespace MasterPlanEval.Ingest.Sources;

/// <summary>One feature as a geometry file holds it: its 0-based index, attributes, geometry or why it has none usable.</summary>
internal sealed record SourceFeature(long Index, IReadOnlyList<KeyValuePair<string, object?>> Attributes, Geometry? Geometry, string? GeometryProblem = null);
