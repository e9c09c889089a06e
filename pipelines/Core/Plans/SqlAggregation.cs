namespace MasterPlanEval.Core.Plans;

/// <summary>
/// A table of sums per unit and year over one fact source at one level, or per pair of end sub-districts over a
/// two-ended one (<see cref="Pairs"/>: the same table as data, for an engine that computes it without the SQL).
/// </summary>
public sealed record SqlAggregation(string Table, string Sql, PairAggregation? Pairs = null);
