using NetTopologySuite.Geometries;

namespace MasterPlanEval.Core.Model;

/// <summary>A land-use parcel, its class already mapped to an indicator category.</summary>
public sealed record Parcel(string Id, int Year, string ClassCode, LandClass Class, Geometry Geometry);
