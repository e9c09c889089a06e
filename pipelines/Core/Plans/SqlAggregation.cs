namespace MasterPlanEval.Core.Plans;

/// <summary>A table of sums per unit and year over one fact source at one level.</summary>
public sealed record SqlAggregation(string Table, string Sql);
