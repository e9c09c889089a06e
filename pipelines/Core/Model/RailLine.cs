using NetTopologySuite.Geometries;

namespace MasterPlanEval.Core.Model;

/// <summary>A rail transit line (metro, suburban or intercity) as built; it counts from <see cref="YearOpen"/> on (null: always).</summary>
public sealed record RailLine(string Id, string? Name, int? YearOpen, Geometry Geometry);
