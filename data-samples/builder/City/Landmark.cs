using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.City;

/// <summary>A schematic landmark area (rough box around a real place, our own placement), in metres.</summary>
public sealed record Landmark(string Key, string NameZh, LandmarkKind Kind, Geometry Area);
