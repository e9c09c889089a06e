namespace MasterPlanEval.Generator.Facilities;

/// <summary>A row of <c>facilities.parquet</c>.</summary>
internal sealed record FacilityRow(string Id, string Type, double X, double Y, int? YearOpen, string? Name);
