using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>
/// A 250 m cell of the grid (a regular grid in EPSG:4548): its id, centre in metres, the sub-district holding
/// the centre (null for the few cells kept just outside the city) and its relative resident and worker weights.
/// </summary>
public sealed record GridCell(string Id, int Col, int Row, Coordinate Centre, string? SubdistrictCode, double ResidentWeight, double WorkerWeight);
