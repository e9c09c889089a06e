namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>
/// A metro station with WGS84 coordinates (© OpenStreetMap contributors, ODbL) and the first opening year
/// among the lines serving it (null when no line's date is known).
/// </summary>
public sealed record SubwayStation(string StationId, string NameZh, string? OsmNodeId, double Lon, double Lat, string Lines, int? FirstLineOpened);
