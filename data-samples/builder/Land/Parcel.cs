using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Land;

/// <summary>A land-use parcel (metres), the same shape every year, with its class code per year.</summary>
public sealed record Parcel(string Id, Geometry Shape, IReadOnlyDictionary<int, string> ClassByYear);
