namespace MasterPlanEval.Core.Model;

// Validated input rows, coordinates already in the working CRS (metres).

/// <summary>A 250 m population cell for one year.</summary>
public sealed record GridCell(string CellId, int Year, double X, double Y, double Residents, double Workers);

/// <summary>Census resident population of a sub-district in a year.</summary>
public sealed record CensusRow(string UnitId, int Year, double Residents);

/// <summary>A point facility; it serves from <see cref="YearOpen"/> on (null: always).</summary>
public sealed record Facility(string Id, string Type, double X, double Y, int? YearOpen, string? Name);
