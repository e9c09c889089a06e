using NetTopologySuite.Geometries;

namespace MasterPlanEval.Spatial;

/// <summary>A stretch of a ring inside the box, from where it enters to where it leaves (positions counter-clockwise along the box).</summary>
internal sealed record ClipChain(List<Coordinate> Points, double Entry, double Exit);
