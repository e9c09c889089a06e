namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>
/// A metro line as the polyline through its stations in service order (WGS84, © OpenStreetMap contributors,
/// ODbL), loops closed; stations without coordinates are skipped. Opening year from the lines table (null: unknown).
/// </summary>
public sealed record SubwayLine(string NameZh, int? Opened, IReadOnlyList<(double Lon, double Lat)> Path);
