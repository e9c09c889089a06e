namespace MasterPlanEval.SampleBuilder.Mobility;

/// <summary>One commuting OD pair of a year: null home = enters the city, null work = leaves it.</summary>
public sealed record Commute(int Year, string? HomeCell, string? WorkCell, int Minutes, string Mode, int Persons, double DistanceKm);
