using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Facilities;

/// <summary>A facility: position in WGS84 lon/lat and in metres; year_open null = open in every year.</summary>
public sealed record FacilityPoint(string Id, string Type, double Lon, double Lat, Coordinate Metres, int? YearOpen, string Name, bool Real);
