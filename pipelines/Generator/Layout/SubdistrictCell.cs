using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// One sub-district of the partition: its site (world coordinates), its site before the centre-ward warp
/// (<see cref="PlanX"/>, <see cref="PlanY"/>, metres from the square's lower-left corner: an even spread,
/// used to group districts of similar counts),
/// the cells it shares a boundary with, and its polygon.
/// </summary>
internal sealed record SubdistrictCell(double SiteX, double SiteY, double PlanX, double PlanY, IReadOnlyList<int> Neighbours, Polygon Polygon);
